// Every widget field of Customer is probed, so the generated role, isolation and statement
// tests and the bench cover it; a module that adds a widget without probes fails here.
import { isObjectType } from 'graphql';
import { WIDGET_IDS } from '@sightline/access';
import { bareSchema, MUTATION_PROBES, PROBES, RULE_MAP } from '../compose';

const describeRule = (rule: any): string => (rule?.rules ? rule.rules.map(describeRule).join(' ') : (rule?.name ?? ''));
const customer = bareSchema().getType('Customer');
const ruleOf = (field: string) => describeRule((RULE_MAP as any).Customer?.[field]);
/** Widget fields: those whose rule needs a widget's read permission (the header needs none). */
const widgetFields = isObjectType(customer) ? Object.keys(customer.getFields()).filter((f) => /can\(\w+:read\)/.test(ruleOf(f))) : [];

test('Customer has widget fields, all ruled by a widget read permission', () => {
  expect(widgetFields.length).toBeGreaterThan(4);
});

test.each(widgetFields.map((f) => [f]))('Customer.%s has a probe with the permission its rule checks', (field) => {
  const probe = PROBES.find((p) => p.field === field);
  expect(probe).toBeDefined();
  expect(ruleOf(field)).toContain(`can(${probe!.permission})`);
});

test('every probe names a real field, a widget permission, and a statement count', () => {
  for (const p of PROBES) {
    expect(isObjectType(customer) && customer.getFields()[p.field]).toBeTruthy();
    expect(WIDGET_IDS.map((id) => `${id}:read`)).toContain(p.permission);
    expect(Number.isInteger(p.statements) && p.statements >= 0).toBe(true);
  }
});

test("every probed mutation exists and is ruled by the probe's permission", () => {
  const mutations = (RULE_MAP as any).Mutation;
  for (const m of MUTATION_PROBES) expect(describeRule(mutations[m.name])).toContain(`can(${m.permission})`);
});
