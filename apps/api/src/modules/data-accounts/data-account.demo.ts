import { auditDemoRows, demoFakers, emailLocal, insertChunked, insertRows } from '../../kernel/demo';
import type { DemoSeed } from '../../kernel/module';
import { DEMO_PACKAGES } from '../catalogue';
import { DataAccount, DataAccountStatus } from './data-account.entity';
import { PackageChange, PackageChangeState } from './package-change.entity';
import { radiusPasswordHash } from './radius-password';

const DEMO_TODAY = '2026-11-20';
const SUSPEND_REASONS = ['Arrears over 60 days', 'Router reported stolen', 'Customer asked for a pause while abroad', 'Abuse report: open relay'];
const CANCEL_REASONS = ['Moved out of the coverage area', 'Switched to a fibre provider', 'Customer emigrated', 'Business closed'];
const NOTES = ['Mast on the east gable', 'CPE: MikroTik SXT LTE6', 'Fibre ONT in the garage', 'Line of sight to the Durbanville tower', null, null];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A unique static IPv4 address for slot n (two per customer, by position: parts loaded side by
 * side never share one), in the 100.64.0.0/10 carrier-grade NAT block (never .0 or .255), so
 * the unique constraint holds for up to two million customers.
 */
const staticIpFor = (n: number) => `100.${64 + Math.floor(n / 64_000)}.${Math.floor(n / 250) % 256}.${1 + (n % 250)}`;

/**
 * Data accounts for about nine in ten demo customers (a second for one business in five):
 * a package of the customer's market, mostly active, some suspended or cancelled with a
 * reason, static IPs for some businesses; the RADIUS tables fill by trigger. Then a package
 * history: an earlier applied change for some, a scheduled one for a few.
 */
export async function seedDemoDataAccounts(demo: DemoSeed) {
  if (!demo.made.length) return;
  const { em } = demo;
  const f = demoFakers(demo.seed, 'data-accounts', demo.first);
  const packages: { id: string; name: string }[] = await em.query('SELECT id, name FROM data_package WHERE name = ANY($1)', [DEMO_PACKAGES.map((p) => p.name)]);
  const idOf = new Map(packages.map((p) => [p.name, p.id]));
  const offered = (uk: boolean) => DEMO_PACKAGES.filter((p) => (p.market === 'uk') === uk && !('active' in p)).map((p) => idOf.get(p.name)!);
  const legacyId = idOf.get('Legacy ADSL 4/1')!;
  const installs: { customer_id: string; id: string }[] = await em.query(
    `SELECT DISTINCT ON (customer_id) customer_id, id FROM customer_address WHERE kind = 'installation' AND customer_id = ANY($1::uuid[]) ORDER BY customer_id, created_at`,
    [demo.made.map((c) => c.id)],
  );
  const installOf = new Map(installs.map((a) => [a.customer_id, a.id]));

  const accounts: Partial<DataAccount>[] = [];
  const history: { index: number; fromPackageId: string; effectiveDate: string; immediate: boolean }[] = [];
  const scheduled: { index: number; toPackageId: string; effectiveDate: string }[] = [];
  for (const c of demo.made) {
    const fk = f.for(c.uk);
    if (fk.number.int(9) === 0) continue;
    const count = c.business && fk.number.int(4) === 0 ? 2 : 1;
    for (let k = 0; k < count; k++) {
      const choices = offered(c.uk);
      const packageId = fk.helpers.arrayElement(choices);
      const start = fk.date.between({ from: c.joinedAt, to: `${DEMO_TODAY}T00:00:00Z` });
      const roll = fk.number.int(99);
      const status = roll < 88 ? DataAccountStatus.ACTIVE : roll < 95 ? DataAccountStatus.SUSPENDED : DataAccountStatus.CANCELLED;
      const salt = Buffer.from(fk.string.hexadecimal({ length: 32, prefix: '' }), 'hex');
      const base = emailLocal(c.firstName, c.lastName).replace(/\./g, '') || 'customer';
      accounts.push({
        customerId: c.id,
        username: `${base}${c.index + 1}${k ? `-${k + 1}` : ''}@${c.uk ? 'sightline.net.uk' : 'sightline.co.za'}`,
        passwordHash: radiusPasswordHash(fk.string.alphanumeric(12), salt),
        packageId,
        status,
        statusReason: status === DataAccountStatus.SUSPENDED ? fk.helpers.arrayElement(SUSPEND_REASONS) : status === DataAccountStatus.CANCELLED ? fk.helpers.arrayElement(CANCEL_REASONS) : null,
        statusChangedAt: status === DataAccountStatus.ACTIVE ? null : fk.date.between({ from: start, to: `${DEMO_TODAY}T00:00:00Z` }),
        startDate: isoDate(start),
        endDate: status === DataAccountStatus.CANCELLED ? isoDate(fk.date.between({ from: start, to: `${DEMO_TODAY}T00:00:00Z` })) : null,
        staticIp: c.business && fk.number.int(2) === 0 ? staticIpFor(c.index * 2 + k) : null,
        addressId: k === 0 ? (installOf.get(c.id) ?? null) : null,
        notes: fk.helpers.arrayElement(NOTES),
        customPriceCents: fk.number.int(19) === 0 ? Math.round((DEMO_PACKAGES.find((p) => idOf.get(p.name) === packageId)!.monthlyPriceCents * 0.9) / 100) * 100 : null,
      });
      const index = accounts.length - 1;
      const historyRoll = fk.number.int(99);
      if (historyRoll < 15) {
        // Upgraded from another package (or the retired ADSL one) some time after starting.
        const from = fk.number.int(3) === 0 ? legacyId : fk.helpers.arrayElement(choices.filter((p) => p !== packageId));
        history.push({ index, fromPackageId: from, effectiveDate: isoDate(fk.date.between({ from: start, to: `${DEMO_TODAY}T00:00:00Z` })), immediate: fk.datatype.boolean() });
      } else if (historyRoll < 20 && status === DataAccountStatus.ACTIVE) {
        scheduled.push({
          index,
          toPackageId: fk.helpers.arrayElement(choices.filter((p) => p !== packageId)),
          effectiveDate: isoDate(fk.date.between({ from: '2026-11-25T00:00:00Z', to: '2027-01-31T00:00:00Z' })),
        });
      }
    }
  }

  // Ids by username (unique), not by the order of RETURNING.
  const idOfUsername = new Map((await insertRows<{ id: string; username: string }>(em, DataAccount, accounts, ['id', 'username'])).map((r) => [r.username, r.id]));
  const ids = accounts.map((a) => idOfUsername.get(a.username!)!);
  const changes = [
    ...history.map((h) => ({
      customerId: accounts[h.index].customerId,
      dataAccountId: ids[h.index],
      fromPackageId: h.fromPackageId,
      toPackageId: accounts[h.index].packageId,
      effectiveDate: h.effectiveDate,
      state: PackageChangeState.APPLIED,
      immediate: h.immediate,
      submittedByName: 'Support Demo',
      submittedAt: new Date(`${h.effectiveDate}T08:00:00Z`),
      settledAt: new Date(`${h.effectiveDate}T${h.immediate ? '08' : '00'}:15:00Z`),
    })),
    ...scheduled.map((s) => ({
      customerId: accounts[s.index].customerId,
      dataAccountId: ids[s.index],
      fromPackageId: accounts[s.index].packageId,
      toPackageId: s.toPackageId,
      effectiveDate: s.effectiveDate,
      state: PackageChangeState.SCHEDULED,
      immediate: false,
      submittedByName: 'Support Demo',
      submittedAt: new Date(`${DEMO_TODAY}T09:30:00Z`),
    })),
  ];
  await insertChunked(em, PackageChange, changes);
  await auditDemoRows(
    em,
    'dataAccount.add',
    `SELECT a.customer_id, a.start_date::timestamptz AS at, 'data_account:' || a.id AS target,
            json_build_object('username', a.username, 'package', p.name, 'status', a.status)::text AS new_value
       FROM data_account a JOIN data_package p ON p.id = a.package_id WHERE a.customer_id = ANY($1::uuid[])`,
    [demo.made.map((c) => c.id)],
  );
}
