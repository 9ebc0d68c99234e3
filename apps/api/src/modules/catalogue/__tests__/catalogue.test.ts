import { codes, startTestApi, type GqlResult, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let admin: string;
const ok = (r: GqlResult) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};
const errorOf = (r: GqlResult) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });
const CREATE = 'mutation($input: CreateDataPackageInput!) { createDataPackage(input: $input) { id name downloadKbps uploadKbps dataCapBytes monthlyPriceCents vatTreatment active overageBilled overageCentsPerGb version } }';
const UPDATE = 'mutation($input: UpdateDataPackageInput!) { updateDataPackage(input: $input) { id name downloadKbps version active } }';
const LIST = 'query($all: Boolean) { dataPackages(includeInactive: $all) { name active } }';
const fibre = (extra: Record<string, unknown> = {}) => ({ input: { name: 'Fibre 25/10', downloadKbps: 25_000, uploadKbps: 10_000, monthlyPriceCents: 49_900, ...extra } });

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

test('an admin creates a package; the name is unique; inputs are checked field by field', async () => {
  const made = ok(await api.gql(CREATE, fibre({ dataCapBytes: 100e9, overageBilled: true, overageCentsPerGb: 1_500, vatTreatment: 'ZERO_RATED' }), { token: admin })).createDataPackage;
  expect(made).toMatchObject({ name: 'Fibre 25/10', dataCapBytes: 100e9, overageBilled: true, overageCentsPerGb: 1_500, vatTreatment: 'ZERO_RATED', active: true, version: 1 });
  expect(errorOf(await api.gql(CREATE, fibre(), { token: admin }))).toEqual({ code: 'CONFLICT', field: 'name' });
  expect(errorOf(await api.gql(CREATE, fibre({ name: 'X', downloadKbps: 0 }), { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'downloadKbps' });
  expect(errorOf(await api.gql(CREATE, fibre({ name: 'Y', monthlyPriceCents: -5 }), { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'monthlyPriceCents' });
  expect(errorOf(await api.gql(CREATE, fibre({ name: 'Z', dataCapBytes: 1.5e9 + 0.5 }), { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'dataCapBytes' });
  expect(errorOf(await api.gql(CREATE, fibre({ name: 'W', overageBilled: true }), { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field: 'overageCentsPerGb' });
  const audit = await api.db.query(`SELECT action, customer_id, target FROM audit_entry WHERE action LIKE 'catalogue.%'`);
  expect(audit).toEqual([{ action: 'catalogue.package.create', customer_id: null, target: `data_package:${made.id}` }]);
});

test('editing a package checks its version, and new speeds reach RADIUS for every account on it in the same change', async () => {
  const pkg = ok(await api.gql(CREATE, fibre({ name: 'Wireless 10/2' }), { token: admin })).createDataPackage;
  const c = await makeCustomer(api.db);
  ok(await api.gql('mutation($input: AddDataAccountInput!) { addDataAccount(input: $input) { account { id } } }', { input: { customerId: c.id, packageId: pkg.id, username: 'wireless-1' } }, { token: admin }));
  const updated = ok(await api.gql(UPDATE, { input: { id: pkg.id, expectedVersion: 1, downloadKbps: 20_000 } }, { token: admin })).updateDataPackage;
  expect(updated).toMatchObject({ downloadKbps: 20_000, version: 2 });
  const [{ value }] = await api.db.query(`SELECT value FROM radreply WHERE username = 'wireless-1' AND attribute = 'Mikrotik-Rate-Limit'`);
  expect(value).toBe('10000k/20000k');
  expect(errorOf(await api.gql(UPDATE, { input: { id: pkg.id, expectedVersion: 1, name: 'Stale' } }, { token: admin }))).toEqual({ code: 'CONFLICT', field: 'expectedVersion' });
  expect(codes(await api.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } }, { token: admin }))).toEqual(['NOT_FOUND']);
  for (const field of ['name', 'downloadKbps', 'monthlyPriceCents', 'vatTreatment', 'active']) {
    expect(errorOf(await api.gql(UPDATE, { input: { id: pkg.id, expectedVersion: 2, [field]: null } }, { token: admin }))).toEqual({ code: 'BAD_USER_INPUT', field });
  }
  // On create, null VAT means the default.
  expect(ok(await api.gql(CREATE, fibre({ name: 'Null VAT', vatTreatment: null }), { token: admin })).createDataPackage.vatTreatment).toBe('STANDARD');
  ok(await api.gql(UPDATE, { input: { id: pkg.id, expectedVersion: 2, active: false } }, { token: admin }));
  const [row] = await api.db.query(`SELECT field, old_value, new_value FROM audit_entry WHERE action = 'catalogue.package.update' AND field = 'downloadKbps'`);
  expect(row).toEqual({ field: 'downloadKbps', old_value: '25000', new_value: '20000' });
});

test('dataPackages: read by whoever reads data accounts or package changes, inactive ones on request; written only with catalogue:write', async () => {
  const technical = (await makeUser(api.db, 'technical')).token;
  const reporting = (await makeUser(api.db, 'reporting')).token;
  const support = (await makeUser(api.db, 'support')).token;
  const active = ok(await api.gql(LIST, {}, { token: technical })).dataPackages;
  expect(active.every((p: any) => p.active)).toBe(true);
  const all = ok(await api.gql(LIST, { all: true }, { token: support })).dataPackages;
  expect(all.some((p: any) => !p.active)).toBe(true);
  expect(codes(await api.gql(LIST, {}, { token: reporting }))).toEqual(['FORBIDDEN']);
  expect(codes(await api.gql(CREATE, fibre({ name: 'Sneaky' }), { token: technical }))).toEqual(['FORBIDDEN']);
  // Even an admin role tied to a reseller leaves the ISP's catalogue alone.
  const reseller = await makeReseller(api.db);
  const scopedAdmin = (await makeUser(api.db, 'admin', { resellerId: reseller.id })).token;
  expect(codes(await api.gql(CREATE, fibre({ name: 'Reseller special' }), { token: scopedAdmin }))).toEqual(['FORBIDDEN']);
});
