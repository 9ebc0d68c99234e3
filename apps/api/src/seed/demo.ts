import { DEFAULT_ROLE_NAMES } from '@sightline/access';
import type { DataSource, EntityManager } from 'typeorm';
import { config } from '../kernel/config';
import { CustomerAddress } from '../modules/addresses';
import { StaffUser } from '../modules/auth';
import { hashPassword } from '../modules/auth';
import { Contact } from '../modules/contacts';
import { CustomerEntity } from '../modules/customers';
import { CustomerNote } from '../modules/notes';
import { Reseller } from '../modules/resellers';
import { fakeCustomer, fakers } from './factories';

export const DEMO_PASSWORD = 'sightline-demo';
export const DEMO_DOMAIN = 'demo.sightline.test';

/** Fixed ids, so tests and docs can name the demo resellers. */
export const DEMO_RESELLERS = [
  { id: '00000000-0000-4000-a000-00000000000a', name: 'Reseller A (Karoo Wireless)', code: 'reseller-a' },
  { id: '00000000-0000-4000-a000-00000000000b', name: 'Reseller B (Lowveld Connect)', code: 'reseller-b' },
] as const;

export interface SeedOptions {
  customers?: number;
  /** Do nothing when customers exist already (first start of `npm start`). */
  ifEmpty?: boolean;
  seed?: number;
  log?: (line: string) => void;
}

const staffName = (role: string) =>
  role.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') + ' Demo';

/** Demo resellers and one demo user per default role, all with the demo password. */
async function seedDemoUsers(em: EntityManager, roleIds: Map<string, string>) {
  await em.createQueryBuilder().insert().into(Reseller).values([...DEMO_RESELLERS]).orIgnore().execute();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [
    ...DEFAULT_ROLE_NAMES.filter((r) => r !== 'reseller').map((role) => ({ email: `${role}@${DEMO_DOMAIN}`, name: staffName(role), role, resellerId: null as string | null })),
    { email: `reseller-a@${DEMO_DOMAIN}`, name: 'Anele (Reseller A)', role: 'reseller', resellerId: DEMO_RESELLERS[0].id },
    { email: `reseller-b@${DEMO_DOMAIN}`, name: 'Bongani (Reseller B)', role: 'reseller', resellerId: DEMO_RESELLERS[1].id },
  ];
  await em
    .createQueryBuilder()
    .insert()
    .into(StaffUser)
    .values(users.map((u) => ({ email: u.email, name: u.name, passwordHash, roleId: roleIds.get(u.role)!, resellerId: u.resellerId })))
    .orIgnore()
    .execute();
}

async function insertChunked(em: EntityManager, entity: Function, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 1000)).execute();
  }
}

/**
 * The demo data set: roles, demo users, two resellers and `customers` realistic customers
 * (every 10th to reseller A, the next to reseller B, the rest direct). Deterministic.
 * Refuses in production: demo users with a published password must never exist there.
 */
export async function seedDemoData(db: DataSource, opts: SeedOptions = {}): Promise<number> {
  if (config.isProduction) throw new Error('Refusing to create demo users and data with NODE_ENV=production');
  // The roles exist already: prepareDatabase ensures them before anything runs.
  const roleIds = new Map<string, string>((await db.query('SELECT id, name FROM role')).map((r: { id: string; name: string }) => [r.name, r.id]));
  const count = opts.customers ?? 200;
  return db.transaction(async (em) => {
    await seedDemoUsers(em, roleIds);
    const [{ n }] = await em.query('SELECT count(*)::int AS n FROM customer');
    if (opts.ifEmpty && n > 0) return 0;
    const managers: { id: string; name: string }[] = await em.query(
      `SELECT id, name FROM app_user WHERE email IN ($1, $2) ORDER BY email`,
      [`support@${DEMO_DOMAIN}`, `sales@${DEMO_DOMAIN}`],
    );
    const f = fakers(opts.seed ?? 42);
    const customers: Record<string, unknown>[] = [];
    const children: { contacts: Record<string, unknown>[]; addresses: Record<string, unknown>[]; notes: Record<string, unknown>[] }[] = [];
    for (let i = 0; i < count; i++) {
      const resellerId = i % 10 === 0 ? DEMO_RESELLERS[0].id : i % 10 === 1 ? DEMO_RESELLERS[1].id : null;
      const manager = managers[i % managers.length];
      const c = fakeCustomer(f, n + i, { resellerId, accountManagerId: manager?.id ?? null, authorName: manager?.name ?? 'Support Demo' });
      customers.push(c.values);
      children.push(c);
    }
    const ids: string[] = [];
    for (let i = 0; i < customers.length; i += 1000) {
      const res = await em.createQueryBuilder().insert().into(CustomerEntity).values(customers.slice(i, i + 1000)).returning(['id']).execute();
      ids.push(...res.identifiers.map((r) => r.id as string));
    }
    const own = <T>(key: 'contacts' | 'addresses' | 'notes') =>
      children.flatMap((c, i) => c[key].map((row) => ({ ...row, customerId: ids[i] }))) as T[] & Record<string, unknown>[];
    await insertChunked(em, Contact, own('contacts'));
    await insertChunked(em, CustomerAddress, own('addresses'));
    await insertChunked(em, CustomerNote, own('notes'));
    // Generated account numbers continue after the seeded ones.
    await em.query(`SELECT setval('customer_account_number_seq', (SELECT coalesce(max(substring(account_number from 3)::bigint), 100000) FROM customer WHERE account_number ~ '^SL[0-9]+$'))`);
    opts.log?.(`seeded ${count} customers`);
    return count;
  });
}
