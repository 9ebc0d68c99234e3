import { isObjectType } from 'graphql';
import { buildRuleMap } from '../../kernel/rule-map';
import { bareSchema, RULE_MAP } from '../compose';
import { isAuthenticated } from '../../kernel/rules';

/** Describes a shield rule tree as text, for the reviewed snapshot. */
function describe_(rule: any): string {
  if (rule?.rules) return `${rule.constructor.name.replace('Rule', '').toLowerCase()}(${rule.rules.map(describe_).join(', ')})`;
  return rule?.name ?? String(rule);
}

const schema = bareSchema();
const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));
const ruleMap = RULE_MAP as Record<string, any>;

describe('deny by default: every type, field and mutation has an explicit rule', () => {
  it.each(objectTypes.map((t) => [t.name]))('%s', (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error('not an object type');
    const rules = ruleMap[typeName];
    expect(rules).toBeDefined();
    const fieldMap = rules.constructor === Object;
    // Root types and Customer (one widget per field) must be ruled field by field.
    if (['Query', 'Mutation', 'Customer'].includes(typeName)) expect(fieldMap).toBe(true);
    if (fieldMap) {
      const unruled = Object.keys(type.getFields()).filter((f) => !rules[f]);
      expect(unruled).toEqual([]);
      // and no stale rule for a field that no longer exists
      expect(Object.keys(rules).filter((f) => !type.getFields()[f])).toEqual([]);
    }
  });

  it('has no rules for types that are not in the schema', () => {
    expect(Object.keys(ruleMap).filter((t) => !schema.getType(t))).toEqual([]);
  });

  it('refuses to merge a field ruled twice', () => {
    expect(() => buildRuleMap([{ Query: { me: isAuthenticated } }, { Query: { me: isAuthenticated } }])).toThrow(/ruled twice/);
  });
});

test('the permission map, reviewed as a permission change when it differs', () => {
  const described = Object.fromEntries(
    Object.entries(ruleMap)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, rules]) => [
        type,
        rules.constructor === Object
          ? Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)).map(([f, r]) => [f, describe_(r)]))
          : describe_(rules),
      ]),
  );
  expect(described).toMatchSnapshot();
});
