// Generated from the modules' probes: every default role × every widget field and mutation.
import { DEFAULT_ROLES, DEFAULT_ROLE_NAMES, type Permission } from '@sightline/access';
import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../testing/factories';
import { probeFixture, runProbe } from '../../testing/probes';
import { MUTATION_PROBES, PROBES } from '../compose';

let api: TestApi;
const tokens = new Map<string, string>();
let customerId: string;
let adminToken: string;

beforeAll(async () => {
  api = await startTestApi();
  const reseller = await makeReseller(api.db);
  // The customer belongs to the reseller, so the reseller role reaches it too.
  customerId = (await makeCustomer(api.db, { resellerId: reseller.id })).id;
  for (const role of DEFAULT_ROLE_NAMES) {
    tokens.set(role, (await makeUser(api.db, role, { resellerId: role === 'reseller' ? reseller.id : null })).token);
  }
  adminToken = tokens.get('admin')!;
});
afterAll(() => api.teardown());

const has = (role: string, p: Permission) => (DEFAULT_ROLES as Record<string, { permissions: readonly string[] }>)[role].permissions.includes(p);

describe.each(DEFAULT_ROLE_NAMES.map((r) => [r]))('role %s', (role) => {
  it.each(PROBES.map((p) => [p.field, p.permission, p.selection]))('reads Customer.%s only with %s', async (field, permission, selection) => {
    const r = await api.gql(`query($id: ID!) { customer(id: $id) { id ${field} ${selection} } }`, { id: customerId }, { token: tokens.get(role) });
    if (has(role, permission as Permission)) {
      expect(r.errors).toBeUndefined();
      expect(r.data.customer[field]).not.toBeNull();
    } else {
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].path).toEqual(['customer', field]);
      expect(r.data.customer.id).toBe(customerId); // the rest of the customer still loads
      expect(r.data.customer[field]).toBeNull();
    }
  });

  it('opens the customer list (every default role reads some widget)', async () => {
    const r = await api.gql('{ customers(first: 5) { edges { node { id name status } } } }', {}, { token: tokens.get(role) });
    expect(r.errors).toBeUndefined();
    expect(r.data.customers.edges.map((e: any) => e.node.id)).toContain(customerId);
  });

  it.each(MUTATION_PROBES.map((m) => [m.name, m.permission, m]))('%s needs %s, and a refusal changes nothing', async (_name, permission, probe) => {
    const { result, audited } = await runProbe(api, probe, probeFixture(api, customerId, adminToken), tokens.get(role)!);
    if (has(role, permission)) {
      expect(result.errors).toBeUndefined();
      expect(audited).toBeGreaterThan(0);
    } else {
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(audited).toBe(0);
    }
  });
});

test('an anonymous caller is UNAUTHENTICATED, not FORBIDDEN', async () => {
  const r = await api.gql('query($id: ID!) { customer(id: $id) { id } }', { id: customerId });
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
});
