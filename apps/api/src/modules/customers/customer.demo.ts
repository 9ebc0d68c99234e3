import { auditDemoRows, demoAddress, demoFakers, demoPhone, emailLocal, insertRows } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { DEMO_DOMAIN } from '../auth';
import { DEMO_RESELLERS } from '../resellers';
import { CustomerEntity } from './customer.entity';
import { CustomerStatus, CustomerType } from './customer.enums';

/**
 * Realistic South African and UK ISP customers: every 10th to reseller A, the next to
 * reseller B, the rest direct; account managers are the demo support and sales agents.
 */
export async function seedDemoCustomers(demo: DemoSeed) {
  if (demo.loginsOnly || demo.customers === 0) return;
  const { em } = demo;
  const managers: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM app_user WHERE email IN ($1, $2) ORDER BY email`,
    [`support@${DEMO_DOMAIN}`, `sales@${DEMO_DOMAIN}`],
  );
  const f = demoFakers(demo.seed, 'customers', demo.first);
  const rows: Record<string, unknown>[] = [];
  for (let k = 0; k < demo.customers; k++) {
    const i = demo.first + k;
    const uk = i % 4 === 3;
    const fk = f.for(uk);
    const business = fk.number.int(9) < 3;
    const firstName = fk.person.firstName();
    const lastName = fk.person.lastName();
    const company = business ? fk.company.name() : null;
    const emailDomain = business
      ? fk.internet.domainName()
      : fk.helpers.arrayElement(uk ? ['gmail.com', 'outlook.com', 'btinternet.com', 'sky.com'] : ['gmail.com', 'outlook.com', 'webmail.co.za', 'mweb.co.za']);
    const email = `${emailLocal(firstName, lastName)}@${emailDomain}`;
    const physical = demoAddress(fk, uk);
    const statusRoll = fk.number.int(99);
    const status =
      statusRoll < 85 ? CustomerStatus.ACTIVE : statusRoll < 90 ? CustomerStatus.ACTIVE_DO_NOT_BILL : statusRoll < 94 ? CustomerStatus.FINAL_BILL : CustomerStatus.DROPPED;
    const joinedAt = fk.date.between({ from: '2016-01-01T00:00:00Z', to: '2026-10-31T00:00:00Z' });
    const manager = managers[i % managers.length];
    rows.push({
      accountNumber: `SL${100001 + i}`,
      name: business ? company! : `${firstName} ${lastName}`,
      companyName: company,
      status,
      customerType: business ? CustomerType.BUSINESS : CustomerType.RESIDENTIAL,
      customerGroup: business ? 'Business' : fk.helpers.arrayElement(['Home', 'Home', 'Student', 'Estate']),
      emails: business && fk.datatype.boolean() ? [email, `accounts@${emailDomain}`] : [email],
      phone: demoPhone(fk, uk),
      mobile: fk.datatype.boolean() ? demoPhone(fk, uk) : null,
      vatNumber: business && !uk ? `4${fk.string.numeric(9)}` : business ? `GB${fk.string.numeric(9)}` : null,
      accountManagerId: manager?.id ?? null,
      resellerId: i % 10 === 0 ? DEMO_RESELLERS[0].id : i % 10 === 1 ? DEMO_RESELLERS[1].id : null,
      physicalAddress: physical,
      postalAddress: fk.number.int(4) === 0 ? { ...physical, line1: `PO Box ${fk.number.int({ min: 10, max: 9999 })}`, line2: null } : physical,
      latitude: uk ? fk.location.latitude({ min: 50.5, max: 55 }) : fk.location.latitude({ min: -34.5, max: -22.5 }),
      longitude: uk ? fk.location.longitude({ min: -4, max: 1.5 }) : fk.location.longitude({ min: 17, max: 32 }),
      joinedAt,
      // Opening balance carried over from the previous billing system (cents; most accounts are up to date).
      balanceCents: fk.number.int(9) < 7 ? 0 : fk.number.int({ min: 29900, max: 450000 }),
      currency: uk ? 'GBP' : 'ZAR',
    });
    demo.made.push({ id: '', index: i, uk, business, firstName, lastName, emailDomain, joinedAt, accountManagerName: manager?.name ?? null });
  }
  // Ids by account number (unique), not by the order of RETURNING.
  const ids = new Map((await insertRows<{ id: string; account_number: string }>(em, CustomerEntity, rows, ['id', 'account_number'])).map((r) => [r.account_number, r.id]));
  rows.forEach((r, j) => (demo.made[j].id = ids.get(r.accountNumber as string)!));
  await auditDemoRows(
    em,
    'customer.create',
    `SELECT id AS customer_id, joined_at AS at, 'customer:' || id AS target,
            json_build_object('accountNumber', account_number, 'name', name, 'status', status)::text AS new_value
       FROM customer WHERE id = ANY($1::uuid[])`,
    [demo.made.map((c) => c.id)],
  );
}

/** Account numbers the product generates continue after the seeded ones. */
export async function continueAccountNumbers({ em }: DemoSeed) {
  await em.query(`SELECT setval('customer_account_number_seq', (SELECT coalesce(max(substring(account_number from 3)::bigint), 100000) FROM customer WHERE account_number ~ '^SL[0-9]+$'))`);
}
