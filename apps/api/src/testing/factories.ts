import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ActorKind } from '../kernel/request-context';
import { Session } from '../modules/auth';
import { StaffUser } from '../modules/auth';
import { hashToken, newToken, SESSION_PREFIX } from '../modules/auth';
import { hashPassword } from '../modules/auth';
import { Contact } from '../modules/contacts';
import { CustomerEntity } from '../modules/customers';
import { CustomerNote } from '../modules/notes';
import { Reseller } from '../modules/resellers';
import { Role } from '../modules/auth';

const uniq = () => randomBytes(4).toString('hex');
let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct-horse-battery';

export async function makeReseller(db: DataSource, name = `Reseller ${uniq()}`) {
  return db.getRepository(Reseller).save({ name, code: name.toLowerCase().replace(/\W+/g, '-') });
}

/** A user with a role (and reseller) plus a ready session token, without going through login. */
export async function makeUser(db: DataSource, role: string, opts: { resellerId?: string | null; email?: string } = {}) {
  const r = await db.getRepository(Role).findOneByOrFail({ name: role });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await db.getRepository(StaffUser).save({
    email: opts.email ?? `${role}-${uniq()}@test.sightline.test`,
    name: `${role} tester`,
    passwordHash: await passwordHash,
    roleId: r.id,
    resellerId: opts.resellerId ?? null,
  });
  const token = newToken(SESSION_PREFIX);
  await db.getRepository(Session).save({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) });
  return { user, token, kind: ActorKind.STAFF };
}

let accountSeq = 0;

export async function makeCustomer(db: DataSource, overrides: Partial<CustomerEntity> = {}) {
  const tag = uniq();
  return db.getRepository(CustomerEntity).save({
    accountNumber: `T${process.pid}-${++accountSeq}-${tag}`,
    name: `Customer ${tag}`,
    emails: [`c-${tag}@example.co.za`],
    phone: '+27 82 555 0101',
    physicalAddress: { line1: '1 Main Road', city: 'Cape Town', country: 'South Africa' },
    postalAddress: {},
    ...overrides,
  } as CustomerEntity);
}

export async function makeContact(db: DataSource, customerId: string, overrides: Partial<Contact> = {}) {
  return db.getRepository(Contact).save({ customerId, name: `Contact ${uniq()}`, isPrimary: false, ...overrides });
}

export async function makeNote(db: DataSource, customerId: string, overrides: Partial<CustomerNote> = {}) {
  return db.getRepository(CustomerNote).save({ customerId, body: `Note ${uniq()}`, authorName: 'Tester', ...overrides });
}
