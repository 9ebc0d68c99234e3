import { CallClass, RatingMethod } from './call-class';

/**
 * Rating (seed 004, "rating priority"), as a pure function so every rule and rounding is unit
 * tested:
 *  1. the tariff's rate per minute for the call class;
 *  2. else the per-class markup (tariff, then line, then customer) on the best cost base:
 *     suggested retail, else the cost in the CDR, else the carrier cost;
 *  3. else the fallback markup (tariff, then line, then customer) on that cost base;
 *  4. else UNRATED at 0 (no price and no cost to mark up), for billing to look at.
 * The tariff is the line's, else the customer's default.
 *
 * Rounding, all in integer arithmetic (BigInt, no floats):
 *  - billed seconds: billsec rounded UP to the class's billing increment (60 s when the tariff
 *    has no row for the class); an unanswered or zero-second call bills 0 s and costs 0;
 *  - charge: (rate or cost base × billed seconds / 60, plus markup) rounded HALF UP to a whole
 *    cent once, at the end; then the connection fee is added and the minimum charge applied.
 */

/** A tariff's terms for one call class. Markups are basis points: 12.5 % = 1250. */
export interface ClassTerms {
  ratePerMinuteCents: number | null;
  billingIncrementSeconds: number;
  minimumChargeCents: number;
  connectionFeeCents: number;
  markupBasisPoints: number | null;
}

export interface TariffTerms {
  name: string;
  classes: Partial<Record<CallClass, ClassTerms>>;
  fallbackMarkupBasisPoints: number | null;
}

/** Markups kept on a line or on the customer (seed 004: "act as defaults for all numbers"). */
export interface MarkupTerms {
  classMarkupBasisPoints: Partial<Record<CallClass, number>>;
  fallbackMarkupBasisPoints: number | null;
}

export interface CallToRate {
  callClass: CallClass;
  billsec: number;
  /** The cost the switch wrote into the CDR, in hundredths of a cent (`cost=12.34` cents). */
  cdrCostCentiCents: number | null;
  suggestedRetailPerMinuteCents: number | null;
  carrierCostPerMinuteCents: number | null;
}

export interface Rated {
  billedSeconds: number;
  chargeCents: number;
  method: RatingMethod;
  /** Where the price came from, for the agent: `tariff Home`, `line`, `customer`; and the cost base. */
  source: string | null;
  costBase: 'suggested_retail' | 'cdr_cost' | 'carrier_cost' | null;
}

export const DEFAULT_INCREMENT_SECONDS = 60;

/** num / den rounded half up, for num, den ≥ 0. */
export const roundHalfUp = (num: bigint, den: bigint): bigint => (2n * num + den) / (2n * den);

export const billedSecondsFor = (billsec: number, increment: number) =>
  billsec <= 0 ? 0 : Math.ceil(billsec / Math.max(1, increment)) * Math.max(1, increment);

/** A cost base as an exact fraction of cents: [numerator, denominator]. */
function costBase(call: CallToRate, billedSeconds: number): { kind: Rated['costBase']; num: bigint; den: bigint } | null {
  const secs = BigInt(billedSeconds);
  if (call.suggestedRetailPerMinuteCents !== null) return { kind: 'suggested_retail', num: BigInt(call.suggestedRetailPerMinuteCents) * secs, den: 60n };
  if (call.cdrCostCentiCents !== null) return { kind: 'cdr_cost', num: BigInt(call.cdrCostCentiCents), den: 100n };
  if (call.carrierCostPerMinuteCents !== null) return { kind: 'carrier_cost', num: BigInt(call.carrierCostPerMinuteCents) * secs, den: 60n };
  return null;
}

const firstOf = (...candidates: [number | null | undefined, string][]) => {
  for (const [v, where] of candidates) if (v !== null && v !== undefined) return { value: v, where };
  return null;
};

export function rateCall(call: CallToRate, tariff: TariffTerms | null, line: MarkupTerms, customer: MarkupTerms): Rated {
  const terms = tariff?.classes[call.callClass];
  const billedSeconds = billedSecondsFor(call.billsec, terms?.billingIncrementSeconds ?? DEFAULT_INCREMENT_SECONDS);
  const finish = (usage: bigint, method: RatingMethod, source: string, base: Rated['costBase']): Rated => {
    if (billedSeconds === 0) return { billedSeconds, chargeCents: 0, method, source, costBase: base };
    const charged = Number(usage) + (terms?.connectionFeeCents ?? 0);
    return { billedSeconds, chargeCents: Math.max(charged, terms?.minimumChargeCents ?? 0), method, source, costBase: base };
  };
  const tariffLabel = tariff ? `tariff ${tariff.name}` : '';

  if (terms && terms.ratePerMinuteCents !== null) {
    return finish(roundHalfUp(BigInt(terms.ratePerMinuteCents) * BigInt(billedSeconds), 60n), RatingMethod.TARIFF_RATE, tariffLabel, null);
  }
  const base = costBase(call, billedSeconds);
  const markup = (bp: number) => (base ? roundHalfUp(base.num * BigInt(10_000 + bp), base.den * 10_000n) : 0n);
  if (base) {
    const perClass = firstOf(
      [terms?.markupBasisPoints, tariffLabel],
      [line.classMarkupBasisPoints[call.callClass], 'line'],
      [customer.classMarkupBasisPoints[call.callClass], 'customer'],
    );
    if (perClass) return finish(markup(perClass.value), RatingMethod.CLASS_MARKUP, perClass.where, base.kind);
    const fallback = firstOf([tariff?.fallbackMarkupBasisPoints, tariffLabel], [line.fallbackMarkupBasisPoints, 'line'], [customer.fallbackMarkupBasisPoints, 'customer']);
    if (fallback) return finish(markup(fallback.value), RatingMethod.FALLBACK_MARKUP, fallback.where, base.kind);
  }
  return { billedSeconds, chargeCents: 0, method: RatingMethod.UNRATED, source: null, costBase: base?.kind ?? null };
}

/** 12.5 (percent, at most two decimals) → 1250 basis points. */
export const toBasisPoints = (percent: number | null | undefined) => (percent === null || percent === undefined ? null : Math.round(percent * 100));
