import { Faker, base, en, en_GB, en_ZA } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';

/**
 * Deterministic fakers for one module's share of the demo set: the same seed gives the same
 * rows on every machine, and each module draws from its own stream, so adding a module's demo
 * data does not change anyone else's.
 */
export function demoFakers(seed: number, module: string) {
  const offset = [...module].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  const za = new Faker({ locale: [en_ZA, en, base] });
  const gb = new Faker({ locale: [en_GB, en, base] });
  za.seed(seed + offset);
  gb.seed(seed + offset + 1);
  return { za, gb, for: (uk: boolean) => (uk ? gb : za) };
}

const JSON_CHUNK = 5000;

/**
 * Inserts entity-shaped rows (property names, embedded objects) in chunks of 5,000, one
 * statement each: the rows travel as one JSON parameter that PostgreSQL turns into table rows
 * (`json_populate_recordset`), instead of TypeORM's INSERT with a parameter per value, whose
 * building and binding took most of the seed's time. Columns no row sets keep their defaults.
 * `returning` names columns to give back, in row order (e.g. the generated ids).
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, unknown>>(
  em: EntityManager,
  entity: Function,
  rows: object[],
  returning: string[] = [],
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
    const back = returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(', ')}` : '';
    const res = await em.query(
      `INSERT INTO ${table.split('.').map((p) => `"${p}"`).join('.')} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table.split('.').map((p) => `"${p}"`).join('.')}, $1::json)${back}`,
      [JSON.stringify(chunk)],
    );
    if (returning.length) out.push(...(res as R[]));
  }
  return out;
}

/** Inserts rows in chunks (one statement each), the way every module's seed writes. */
export async function insertChunked(em: EntityManager, entity: Function, rows: object[]) {
  await insertRows(em, entity, rows);
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
 * Audit rows for what the demo seed made, written in one statement per table (so the audit
 * trail of demo customers is not empty, and the bench measures it with data): `select` yields
 * `customer_id, at, target, new_value` for the rows to record.
 */
export async function auditDemoRows(em: EntityManager, action: string, select: string, params: unknown[]) {
  await em.query(
    `INSERT INTO audit_entry (customer_id, at, actor_kind, actor_name, client, action, target, new_value)
     SELECT s.customer_id, s.at, 'system', 'Demo data', 'seed', $${params.length + 1}, s.target, s.new_value FROM (${select}) s`,
    [...params, action],
  );
}
