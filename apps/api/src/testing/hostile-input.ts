import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

// Hostile values for the fuzz test, generated from the schema: every argument of every root
// field gets values of its type and of the wrong type, strings that attack (SQL and GraphQL
// injection, NUL bytes, odd unicode, huge), ids and cursors that name nothing.

/** An enum value: a bare name in a document, a string in variables. */
export class EnumValue {
  constructor(readonly name: string) {}
  toJSON() {
    return this.name;
  }
}

export type Value = null | boolean | number | string | EnumValue | Value[] | { [key: string]: Value };

export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE customer; --",
  "1; SELECT pg_sleep(10) --",
  "' UNION SELECT password_hash, email FROM app_user --",
  '$$; DELETE FROM audit_entry; $$',
  "\\'; --",
  '%',
  '_%\\',
  '{ __schema { types { name } } }',
  '") { __typename } #',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${process.env.DATABASE_URL}',
  '%s%n%x%d',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'null',
];

export const ODD_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u200b\u200d\ufeff',
  '\uffff\ufffe',
  'e\u0301\u0301\u0301',
  '🦓'.repeat(40),
  '\u0085\u2028\u2029\r\n\t',
  ' ',
  '',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS, ...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...INJECTIONS), fc.constantFrom(...ODD_TEXT)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(300), 'y'.repeat(100_000)) },
);

/** Ids that name nothing: random UUIDs, the nil UUID, and things that are not UUIDs at all. */
export const forgedId: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '1', '-1', '9'.repeat(40), "' OR 1=1 --", '00000000-0000-4000-a000-00000000000a\u0000'),
  hostileString,
);

/** Cursors a client might forge: base64url JSON of the wrong shape, or not base64 at all. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc.tuple(hostileString, forgedId).map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
  fc.constantFrom(Buffer.from('[1,2,3').toString('base64url'), '====', '\u0000'),
  hostileString,
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
);

const deepList = fc.integer({ min: 30, max: 3000 }).map((n) => {
  let v: Value = 'a';
  for (let i = 0; i < n; i++) v = [v];
  return v;
});

/** A value of some other type than the one asked for. */
export const wrongType: fc.Arbitrary<Value> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  hostileString,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 3 }),
  deepList,
);

const int = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31, 2 ** 53, 1.5, 1e308));
const float = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(90.0000001, -180.5, 1e308, -0));
const dateTime = fc.oneof(
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2024-02-30T00:00:00Z', 'yesterday', '', '1970-01-01'),
  hostileString,
);

export interface ArgContext {
  /** Ids the caller could legitimately read (for queries); mutations only get forged ones. */
  ids: fc.Arbitrary<string>;
}

/** Values for an input type, mostly of that type, sometimes of the wrong one. */
export function valueOf(type: GraphQLInputType, ctx: ArgContext, depth = 0): fc.Arbitrary<Value> {
  return fc.oneof({ weight: 9, arbitrary: rightType(type, ctx, depth) }, { weight: 1, arbitrary: wrongType });
}

function rightType(type: GraphQLInputType, ctx: ArgContext, depth: number): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return rightType(type.ofType, ctx, depth);
  if (isListType(type)) {
    const item = valueOf(type.ofType, ctx, depth + 1);
    return fc.oneof(fc.array(item, { maxLength: 4 }), fc.array(item, { minLength: 150, maxLength: 300 }), item);
  }
  if (isEnumType(type)) {
    return fc.oneof(fc.constantFrom(...type.getValues().map((v) => new EnumValue(v.name))), fc.constantFrom(new EnumValue('NOPE'), 'ACTIVE', ''));
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const entries = fields.map((f) => fc.option(valueOf(f.type, ctx, depth + 1), { nil: undefined, freq: isNonNullType(f.type) ? 20 : 2 }).map((v) => [f.name, v] as const));
    return fc.tuple(fc.tuple(...entries), fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), hostileString), { freq: 10 })).map(([pairs, extra]) => {
      const obj: Record<string, Value> = {};
      for (const [k, v] of pairs) if (v !== undefined) obj[k] = v;
      if (extra) obj[extra[0]] = extra[1];
      return obj;
    });
  }
  switch (type.name) {
    case 'ID':
      return ctx.ids;
    case 'Int':
      return int;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return dateTime;
    default:
      return hostileString;
  }
}

/** Where, inside an argument value, a scalar of `scalar` type sits (for poisoning one of them). */
export function scalarPaths(type: GraphQLInputType, scalar: string, at: string[] = [], depth = 0): string[][] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth > 4) return [];
    return Object.values(named.getFields()).flatMap((f) => scalarPaths(f.type, scalar, [...at, f.name], depth + 1));
  }
  return named.name === scalar ? [at] : [];
}

/** A selection for a field's type: `__typename` for objects, nothing for scalars. */
export const selectionFor = (field: GraphQLField<unknown, unknown>) => (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }');

/** Text already written, on literal's stack of work. */
class Written {
  constructor(readonly text: string) {}
}

/**
 * `value` as a GraphQL literal (keys that are not names are left out: they could not be
 * written). With a stack of its own, not recursion: a deep list is 3,000 levels, which
 * overflowed the call stack under jest on Node 24.
 */
export function literal(value: Value): string {
  const out: string[] = [];
  const todo: (Value | Written)[] = [value];
  const push = (parts: (Value | Written)[]) => {
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]);
  };
  const joined = (items: (Value | Written)[][]) => items.flatMap((item, i) => (i ? [new Written(', '), ...item] : item));
  while (todo.length) {
    const v = todo.pop()!;
    if (v instanceof Written) out.push(v.text);
    else if (v instanceof EnumValue) out.push(/^[_A-Za-z][_0-9A-Za-z]*$/.test(v.name) ? v.name : JSON.stringify(v.name));
    else if (v === null || typeof v !== 'object') out.push(typeof v === 'string' ? JSON.stringify(v) : String(v));
    else if (Array.isArray(v)) push([new Written('['), ...joined(v.map((item) => [item])), new Written(']')]);
    else {
      const fields = Object.entries(v).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
      push([new Written('{ '), ...joined(fields.map(([k, f]) => [new Written(`${k}: `), f])), new Written(' }')]);
    }
  }
  return out.join('');
}

/** The root fields of a schema's query or mutation type. */
export function rootFields(schema: GraphQLSchema, root: 'query' | 'mutation') {
  const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  return isObjectType(type) ? Object.values(type.getFields()) : [];
}
