import { Field, ObjectType } from 'type-graphql';
import { config } from './config';
import { badInput } from './errors';
import { isUuid, unstorableText } from './validators';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean, { description: 'Paging forward: true when `after` was given; paging back (`before`): whether rows precede this page' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row: pass as `before` for the previous page' })
  startCursor: string | null;
}

/** Opaque keyset cursor: the sort key values of the last row, base64url JSON. */
export const encodeCursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** What each element of a cursor's key must be: text (no NUL, as PostgreSQL stores it) or a UUID. */
type KeyPart = 'text' | 'uuid';
type KeyOf<Shape extends readonly KeyPart[]> = { [I in keyof Shape]: string };

const validPart = (part: KeyPart, v: unknown) =>
  typeof v === 'string' && (part === 'uuid' ? isUuid(v) : v.length <= 10_000 && unstorableText(v) === null);

/**
 * The key of a cursor made by `encodeCursor`, checked against its `shape` before any SQL
 * sees it: a forged or mangled cursor is BAD_USER_INPUT on `field`, never a database error.
 */
export function decodeCursor<const Shape extends readonly KeyPart[]>(cursor: string, shape: Shape, field = 'after'): KeyOf<Shape> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // not JSON: fall through
  }
  if (Array.isArray(key) && key.length === shape.length && shape.every((part, i) => validPart(part, key[i]))) return key as KeyOf<Shape>;
  throw badInput(field, 'This is not a valid cursor');
}

/** Page sizes are capped so one request cannot ask for the whole table. */
export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > config.maxPageSize) {
    throw badInput(field, `must be between 1 and ${config.maxPageSize}`);
  }
  return first;
}
