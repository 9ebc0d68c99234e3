import { Faker, base, en, en_GB, en_ZA } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';

/**
 * Deterministic fakers for one module's share of one part of the demo set (the customers from
 * position `first`): the same seed gives the same rows on every machine, each module draws from
 * its own stream, so adding a module's demo data does not change anyone else's, and each part
 * from its own, so parts loaded side by side do not repeat each other.
 */
export function demoFakers(seed: number, module: string, first: number) {
  const offset = [...module].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const za = new Faker({ locale: [en_ZA, en, base] });
  const gb = new Faker({ locale: [en_GB, en, base] });
  za.seed(first ? [seed + offset, first] : seed + offset);
  gb.seed(first ? [seed + offset + 1, first] : seed + offset + 1);
  return { za, gb, for: (uk: boolean) => (uk ? gb : za) };
}

const JSON_CHUNK = 5000;

/**
 * Inserts entity-shaped rows (property names, embedded objects) in chunks of 5,000, one
 * statement each: the rows travel as one JSON parameter that PostgreSQL turns into table rows
 * (`json_populate_recordset`), instead of TypeORM's INSERT with a parameter per value, whose
 * building and binding took most of the seed's time. Columns no row sets keep their defaults.
 * `returning` names columns to give back, in row order (e.g. the generated ids); `audits`
 * writes the rows' audit entries in the same statements instead (see insertAudited).
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, unknown>>(
  em: EntityManager,
  entity: Function,
  rows: object[],
  returning: string[] = [],
  audits?: Record<string, string>,
): Promise<R[]> {
  const meta = em.connection.getMetadata(entity);
  const table = meta.tablePath;
  const columns = meta.columns.filter((c) => !c.isVirtual && !c.generatedType && rows.some((r) => c.getEntityValue(r) !== undefined));
  const list = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const chunk = rows.slice(i, i + JSON_CHUNK).map((r) => {
      const o: Record<string, unknown> = {};
      for (const c of columns) {
        const v = c.getEntityValue(r);
        o[c.databaseName] = v === undefined ? null : c.transformer && !Array.isArray(c.transformer) ? c.transformer.to(v) : v;
      }
      return o;
    });
    const quoted = table.split('.').map((p) => `"${p}"`).join('.');
    const insert = `INSERT INTO ${quoted} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoted}, $1::json)`;
    if (audits) {
      await insertAudited(em, insert, [JSON.stringify(chunk)], audits);
      continue;
    }
    const back = returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(', ')}` : '';
    const res = await em.query(insert + back, [JSON.stringify(chunk)]);
    if (returning.length) out.push(...(res as R[]));
  }
  return out;
}

/** Inserts rows in chunks (one statement each), the way every module's seed writes; with `audits`, their audit rows too (see insertAudited). */
export async function insertChunked(em: EntityManager, entity: Function, rows: object[], audits?: Record<string, string>) {
  await insertRows(em, entity, rows, [], audits);
}

/** The email local part of a person's name. */
export const emailLocal = (first: string, last: string) => `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');

/** A phone number in the customer's country. */
export const demoPhone = (fk: Faker, uk: boolean) =>
  uk ? `+44 7${fk.string.numeric(3)} ${fk.string.numeric(6)}` : `+27 ${fk.helpers.arrayElement(['82', '83', '72', '73', '84', '61'])} ${fk.string.numeric(3)} ${fk.string.numeric(4)}`;

/** A postal address in the customer's country. */
export const demoAddress = (fk: Faker, uk: boolean) => ({
  line1: fk.location.streetAddress(),
  line2: fk.number.int(4) === 0 ? `Unit ${fk.number.int({ min: 1, max: 40 })}` : null,
  city: fk.location.city(),
  region: uk ? fk.location.county() : fk.helpers.arrayElement(['Gauteng', 'Western Cape', 'KwaZulu-Natal', 'Eastern Cape', 'Free State', 'Limpopo']),
  postalCode: uk ? fk.location.zipCode() : String(fk.number.int({ min: 1000, max: 9999 })),
  country: uk ? 'United Kingdom' : 'South Africa',
});

/**
 * The INSERT of demo audit rows, one select per action yielding `customer_id, at, target,
 * new_value`; the action names travel as parameters after `params`.
 */
function auditInsert(audits: Record<string, string>, params: unknown[]): [sql: string, params: unknown[]] {
  const actions = Object.entries(audits);
  return [
    `INSERT INTO audit_entry (customer_id, at, actor_kind, actor_name, client, action, target, new_value)
     SELECT s.customer_id, s.at, 'system', 'Demo data', 'seed', s.action, s.target, s.new_value
       FROM (${actions.map(([, select], k) => `SELECT a.*, $${params.length + k + 1}::text AS action FROM (${select}) a`).join(' UNION ALL ')}) s`,
    [...params, ...actions.map(([action]) => action)],
  ];
}

/**
 * Audit rows for what the demo seed made, written in one statement per table (so the audit
 * trail of demo customers is not empty, and the bench measures it with data): `select` yields
 * `customer_id, at, target, new_value` for the rows to record.
 */
export async function auditDemoRows(em: EntityManager, action: string, select: string, params: unknown[]) {
  await em.query(...auditInsert({ [action]: select }, params));
}

/**
 * Runs `insert` (an INSERT without RETURNING) and, in the same statement, what follows from the
 * rows it inserted, read as `ins` (its RETURNING *): `also`, further data-modifying statements
 * (the ledger's allocations), and the audit rows, one select per action yielding
 * `customer_id, at, target, new_value`. Nothing is read back from the table, whose indexes a
 * bulk load has set aside.
 */
export async function insertAudited(em: EntityManager, insert: string, params: unknown[], audits: Record<string, string>, also: string[] = []) {
  const [audit, all] = auditInsert(audits, params);
  await em.query(`WITH ins AS (${insert} RETURNING *)${also.map((sql, k) => `, also_${k} AS (${sql})`).join('')} ${audit}`, all);
}
