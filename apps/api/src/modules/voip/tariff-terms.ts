import type { EntityManager } from 'typeorm';
import { CallClass } from './call-class';
import { markupTerms, type ClassMarkupMap } from './markups';
import type { MarkupTerms, TariffTerms } from './rating';
import { toBasisPoints } from './rating';

/** Every tariff's terms, for rating a file (the catalogue is small: read whole, once per import). */
export async function loadTariffTerms(em: EntityManager): Promise<Map<string, TariffTerms>> {
  const rows: {
    id: string; name: string; fallback: string | null; call_class: CallClass | null; rate: number | null;
    increment: number; minimum: number; fee: number; markup: string | null;
  }[] = await em.query(
    `SELECT t.id, t.name, t.fallback_markup_percent AS fallback, r.call_class, r.rate_per_minute_cents AS rate,
            r.billing_increment_seconds AS increment, r.minimum_charge_cents AS minimum, r.connection_fee_cents AS fee, r.markup_percent AS markup
       FROM voip_tariff t LEFT JOIN voip_tariff_rate r ON r.tariff_id = t.id`,
  );
  const out = new Map<string, TariffTerms>();
  for (const r of rows) {
    let t = out.get(r.id);
    if (!t) out.set(r.id, (t = { name: r.name, classes: {}, fallbackMarkupBasisPoints: toBasisPoints(r.fallback === null ? null : Number(r.fallback)) }));
    if (r.call_class) {
      t.classes[r.call_class] = {
        ratePerMinuteCents: r.rate,
        billingIncrementSeconds: r.increment,
        minimumChargeCents: r.minimum,
        connectionFeeCents: r.fee,
        markupBasisPoints: toBasisPoints(r.markup === null ? null : Number(r.markup)),
      };
    }
  }
  return out;
}

/** The customers' rating defaults (default tariff, markups), by customer id. */
export async function loadCustomerRatings(em: EntityManager, customerIds: string[]) {
  const rows: { customer_id: string; default_tariff_id: string | null; class_markups: ClassMarkupMap; fallback_markup_percent: string | null }[] =
    await em.query('SELECT customer_id, default_tariff_id, class_markups, fallback_markup_percent FROM voip_customer_rating WHERE customer_id = ANY($1::uuid[])', [customerIds]);
  const out = new Map<string, { defaultTariffId: string | null; terms: MarkupTerms }>();
  for (const r of rows) {
    out.set(r.customer_id, {
      defaultTariffId: r.default_tariff_id,
      terms: markupTerms(r.class_markups, r.fallback_markup_percent === null ? null : Number(r.fallback_markup_percent)),
    });
  }
  return out;
}

export const NO_MARKUPS: MarkupTerms = { classMarkupBasisPoints: {}, fallbackMarkupBasisPoints: null };
