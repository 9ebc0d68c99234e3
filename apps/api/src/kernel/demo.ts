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

/** Inserts rows in chunks of 1,000 (one statement each), the way every module's seed writes. */
export async function insertChunked(em: EntityManager, entity: Function, rows: object[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 1000)).execute();
  }
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
