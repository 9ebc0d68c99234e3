import { CallClass, RatingMethod } from '../call-class';
import { classify, toE164 } from '../destinations';
import { billedSecondsFor, rateCall, roundHalfUp, type CallToRate, type ClassTerms, type MarkupTerms, type TariffTerms } from '../rating';

const none: MarkupTerms = { classMarkupBasisPoints: {}, fallbackMarkupBasisPoints: null };
const terms = (t: Partial<ClassTerms>): ClassTerms => ({ ratePerMinuteCents: null, billingIncrementSeconds: 60, minimumChargeCents: 0, connectionFeeCents: 0, markupBasisPoints: null, ...t });
const tariff = (classes: TariffTerms['classes'], fallback: number | null = null): TariffTerms => ({ name: 'Home', classes, fallbackMarkupBasisPoints: fallback });
const call = (c: Partial<CallToRate> = {}): CallToRate => ({
  callClass: CallClass.MOBILE, billsec: 61, cdrCostCentiCents: null, suggestedRetailPerMinuteCents: null, carrierCostPerMinuteCents: null, ...c,
});

describe('rounding', () => {
  it('rounds half up to a whole cent, in integers', () => {
    expect(roundHalfUp(5n, 2n)).toBe(3n); // 2.5 → 3
    expect(roundHalfUp(149n, 100n)).toBe(1n); // 1.49 → 1
    expect(roundHalfUp(150n, 100n)).toBe(2n); // 1.50 → 2
    expect(roundHalfUp(0n, 60n)).toBe(0n);
  });

  it('rounds call time up to the billing increment; zero seconds bill nothing', () => {
    expect(billedSecondsFor(61, 60)).toBe(120);
    expect(billedSecondsFor(60, 60)).toBe(60);
    expect(billedSecondsFor(1, 60)).toBe(60);
    expect(billedSecondsFor(61, 1)).toBe(61);
    expect(billedSecondsFor(31, 30)).toBe(60);
    expect(billedSecondsFor(0, 60)).toBe(0);
  });
});

describe('rule 1: the tariff rate for the call class', () => {
  it('charges rate × billed minutes, rounded half up once', () => {
    // 89 c/min, 61 s per second: 89 × 61 / 60 = 90.483… → 90
    const r = rateCall(call(), tariff({ mobile: terms({ ratePerMinuteCents: 89, billingIncrementSeconds: 1 }) }), none, none);
    expect(r).toEqual({ billedSeconds: 61, chargeCents: 90, method: RatingMethod.TARIFF_RATE, source: 'tariff Home', costBase: null });
  });

  it('rounds 0.5 cent up: 30 c/min for 1 s is 0.5 c → 1 c', () => {
    expect(rateCall(call({ billsec: 1 }), tariff({ mobile: terms({ ratePerMinuteCents: 30, billingIncrementSeconds: 1 }) }), none, none).chargeCents).toBe(1);
  });

  it('adds the connection fee, then applies the minimum charge', () => {
    const t = tariff({ mobile: terms({ ratePerMinuteCents: 60, billingIncrementSeconds: 1, connectionFeeCents: 10, minimumChargeCents: 25 }) });
    expect(rateCall(call({ billsec: 5 }), t, none, none).chargeCents).toBe(25); // 5 + 10 = 15 < 25
    expect(rateCall(call({ billsec: 60 }), t, none, none).chargeCents).toBe(70); // 60 + 10
  });

  it('a zero rate is a rate (free calls), not a missing one', () => {
    const r = rateCall(call({ suggestedRetailPerMinuteCents: 50 }), tariff({ mobile: terms({ ratePerMinuteCents: 0 }) }, 5000), none, { ...none, fallbackMarkupBasisPoints: 1000 });
    expect(r).toMatchObject({ chargeCents: 0, method: RatingMethod.TARIFF_RATE });
  });

  it('an answered call of zero seconds costs nothing, not even the minimum', () => {
    expect(rateCall(call({ billsec: 0 }), tariff({ mobile: terms({ ratePerMinuteCents: 89, minimumChargeCents: 50 }) }), none, none)).toMatchObject({ billedSeconds: 0, chargeCents: 0 });
  });
});

describe('rule 2: the per-class markup on the best cost base', () => {
  const t = tariff({ mobile: terms({ markupBasisPoints: 2000 }) }, 9900);

  it('prefers suggested retail, then the CDR cost, then the carrier cost', () => {
    const all = call({ suggestedRetailPerMinuteCents: 100, cdrCostCentiCents: 4_000, carrierCostPerMinuteCents: 30 });
    // 100 c/min × 120 s = 200 c, + 20 % = 240
    expect(rateCall(all, t, none, none)).toMatchObject({ chargeCents: 240, method: RatingMethod.CLASS_MARKUP, costBase: 'suggested_retail', billedSeconds: 120 });
    // CDR cost 40.00 c for the whole call + 20 % = 48
    expect(rateCall({ ...all, suggestedRetailPerMinuteCents: null }, t, none, none)).toMatchObject({ chargeCents: 48, costBase: 'cdr_cost' });
    // 30 c/min × 2 min = 60 c + 20 % = 72
    expect(rateCall({ ...all, suggestedRetailPerMinuteCents: null, cdrCostCentiCents: null }, t, none, none)).toMatchObject({ chargeCents: 72, costBase: 'carrier_cost' });
  });

  it('takes the class markup from the tariff, then the line, then the customer', () => {
    const base = call({ carrierCostPerMinuteCents: 100, billsec: 60 });
    const line: MarkupTerms = { classMarkupBasisPoints: { mobile: 5000 }, fallbackMarkupBasisPoints: null };
    const customer: MarkupTerms = { classMarkupBasisPoints: { mobile: 1000 }, fallbackMarkupBasisPoints: null };
    expect(rateCall(base, t, line, customer)).toMatchObject({ chargeCents: 120, source: 'tariff Home' });
    const noTariffMarkup = tariff({ mobile: terms({}) });
    expect(rateCall(base, noTariffMarkup, line, customer)).toMatchObject({ chargeCents: 150, source: 'line', method: RatingMethod.CLASS_MARKUP });
    expect(rateCall(base, noTariffMarkup, none, customer)).toMatchObject({ chargeCents: 110, source: 'customer' });
    expect(rateCall(base, null, none, customer)).toMatchObject({ chargeCents: 110, source: 'customer' });
  });

  it('rounds the marked-up cost half up once: CDR cost 12.25 c + 10 % = 13.475 → 13', () => {
    const r = rateCall(call({ cdrCostCentiCents: 1225 }), null, none, { classMarkupBasisPoints: { mobile: 1000 }, fallbackMarkupBasisPoints: null });
    expect(r.chargeCents).toBe(13);
    // 12.5 c + 20 % = 15.0 exactly; 12.75 + 10 % = 14.025 → 14; 13.5 + 0 % = 13.5 → 14
    expect(rateCall(call({ cdrCostCentiCents: 1350 }), null, none, { classMarkupBasisPoints: { mobile: 0 }, fallbackMarkupBasisPoints: null }).chargeCents).toBe(14);
  });

  it('a class markup of another class does not apply', () => {
    const r = rateCall(call({ carrierCostPerMinuteCents: 100, billsec: 60 }), null, none, { classMarkupBasisPoints: { international: 5000 }, fallbackMarkupBasisPoints: 1000 });
    expect(r).toMatchObject({ method: RatingMethod.FALLBACK_MARKUP, chargeCents: 110 });
  });
});

describe('rule 3: the fallback markup, tariff then line then customer', () => {
  const base = call({ carrierCostPerMinuteCents: 100, billsec: 60 });
  const line: MarkupTerms = { classMarkupBasisPoints: {}, fallbackMarkupBasisPoints: 3000 };
  const customer: MarkupTerms = { classMarkupBasisPoints: {}, fallbackMarkupBasisPoints: 1500 };

  it('uses the first fallback found in that order', () => {
    expect(rateCall(base, tariff({}, 2500), line, customer)).toMatchObject({ chargeCents: 125, method: RatingMethod.FALLBACK_MARKUP, source: 'tariff Home' });
    expect(rateCall(base, tariff({}), line, customer)).toMatchObject({ chargeCents: 130, source: 'line' });
    expect(rateCall(base, tariff({}), none, customer)).toMatchObject({ chargeCents: 115, source: 'customer' });
  });

  it("still applies the class's increment, connection fee and minimum", () => {
    const t = tariff({ mobile: terms({ billingIncrementSeconds: 30, connectionFeeCents: 5, minimumChargeCents: 0 }) }, 0);
    // 31 s → 60 s; 100 c/min × 1 min + 0 % = 100, + 5
    expect(rateCall({ ...base, billsec: 31 }, t, none, none)).toMatchObject({ billedSeconds: 60, chargeCents: 105 });
  });
});

describe('rule 4: nothing to price with', () => {
  it('is UNRATED at 0 without a rate, markup or cost base', () => {
    expect(rateCall(call({ carrierCostPerMinuteCents: 100 }), null, none, none)).toMatchObject({ method: RatingMethod.UNRATED, chargeCents: 0, costBase: 'carrier_cost' });
    expect(rateCall(call(), null, none, { classMarkupBasisPoints: { mobile: 1000 }, fallbackMarkupBasisPoints: 1000 })).toMatchObject({ method: RatingMethod.UNRATED, chargeCents: 0, costBase: null });
  });

  it('a markup of -100 % gives the call away', () => {
    expect(rateCall(call({ carrierCostPerMinuteCents: 100 }), null, none, { classMarkupBasisPoints: {}, fallbackMarkupBasisPoints: -10000 }).chargeCents).toBe(0);
  });
});

describe('the prefix table (ZA and UK)', () => {
  it.each([
    ['+27215550123', '+27215559999', CallClass.LOCAL],
    ['+27215550123', '+27115559999', CallClass.NATIONAL],
    ['+27215550123', '+27825550100', CallClass.MOBILE],
    ['+27215550123', '+27800123456', CallClass.TOLL_FREE],
    ['+27215550123', '+27875550100', CallClass.NATIONAL],
    ['+27215550123', '+442079460123', CallClass.INTERNATIONAL],
    ['+442079460000', '+442079461234', CallClass.LOCAL],
    ['+442079460000', '+441614960000', CallClass.NATIONAL],
    ['+441614960000', '+441614961111', CallClass.LOCAL],
    ['+442079460000', '+447700900123', CallClass.MOBILE],
    ['+442079460000', '+448001234567', CallClass.TOLL_FREE],
    ['+442079460000', '+27825550100', CallClass.INTERNATIONAL],
    ['+442079460000', '+12125550100', CallClass.INTERNATIONAL],
  ])('from %s, %s is %s', (line, dest, cls) => {
    expect(classify(line, dest).callClass).toBe(cls);
  });

  it('prices international calls by the longest country prefix', () => {
    expect(classify('+27215550123', '+447700900123').destination).toMatchObject({ label: 'United Kingdom mobile', carrierCostPerMinuteCents: 55 });
    expect(classify('+27215550123', '+263771234567').destination?.label).toBe('Zimbabwe');
    expect(classify('+27215550123', '+8613800138000').destination).toBeNull();
  });

  it('reads dialled numbers as dialled from the line’s country', () => {
    expect(toE164('0825550100', 'ZA')).toBe('+27825550100');
    expect(toE164('00442079460123', 'ZA')).toBe('+442079460123');
    expect(toE164('+27 82 555 0100')).toBe('+27825550100');
    expect(toE164('s', 'ZA')).toBeNull();
    expect(toE164('1001', 'ZA')).toBeNull();
  });
});
