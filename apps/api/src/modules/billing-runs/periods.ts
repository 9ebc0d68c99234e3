/**
 * Billing periods and proration, in whole days (UTC dates as YYYY-MM-DD). A monthly charge is
 * prorated to the day within its calendar month: days in service ÷ days in that month.
 */
export const DAY_MS = 86_400_000;

const parse = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export const addDays = (d: string, n: number) => iso(parse(d) + n * DAY_MS);
/** Days from a to b inclusive (0 when b is before a). */
export const daysInclusive = (a: string, b: string) => Math.max(0, Math.round((parse(b) - parse(a)) / DAY_MS) + 1);
export const monthStart = (d: string) => `${d.slice(0, 7)}-01`;
export const addMonths = (d: string, n: number) => {
  const t = new Date(parse(monthStart(d)));
  t.setUTCMonth(t.getUTCMonth() + n);
  return iso(t.getTime());
};
export const monthEnd = (d: string) => addDays(addMonths(d, 1), -1);
export const daysInMonth = (d: string) => daysInclusive(monthStart(d), monthEnd(d));
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

export type Cycle = 'monthly' | 'quarterly' | 'manual';

export interface Period {
  start: string;
  end: string;
}

/** The months a run for `runMonth` bills in advance for this cycle (quarterly: from Jan, Apr, Jul, Oct). */
export function advancePeriod(cycle: Cycle, runMonth: string): Period | null {
  const start = monthStart(runMonth);
  if (cycle === 'manual') return null;
  if (cycle === 'quarterly') {
    const m = Number(start.slice(5, 7));
    if ((m - 1) % 3 !== 0) return null;
    return { start, end: monthEnd(addMonths(start, 2)) };
  }
  return { start, end: monthEnd(start) };
}

/** The next period a run will bill on or after `month` (for the widget; manual customers: the month itself). */
export function nextPeriod(cycle: Cycle, month: string): Period {
  for (let i = 0; i < 3; i++) {
    const p = advancePeriod(cycle, addMonths(month, i));
    if (p) return p;
  }
  return { start: monthStart(month), end: monthEnd(month) };
}

/** Usage is billed in arrears: the months before the advance period, as many as it spans. */
export function arrearsMonths(p: Period): string[] {
  const months = monthsOf(p).length;
  return Array.from({ length: months }, (_, i) => addMonths(p.start, i - months));
}

export const monthsOf = (p: Period): string[] => {
  const out: string[] = [];
  for (let m = monthStart(p.start); m <= p.end; m = addMonths(m, 1)) out.push(m);
  return out;
};

export interface ProratedSegment {
  /** First and last day charged, within one calendar month. */
  start: string;
  end: string;
  days: number;
  monthDays: number;
  netCents: number;
}

/** Rounds half away from zero to whole cents. */
export const roundCents = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0;

/**
 * A monthly price over one calendar month for a service in service from `serviceStart` to
 * `serviceEnd` (inclusive, null = open): the whole price for a full month, else price × days ÷
 * days in the month. Null when the service is not in service that month.
 */
export function prorateMonth(monthlyCents: number, month: string, serviceStart: string, serviceEnd: string | null): ProratedSegment | null {
  const ms = monthStart(month);
  const me = monthEnd(month);
  const start = maxDate(ms, serviceStart);
  const end = serviceEnd ? minDate(me, serviceEnd) : me;
  const days = daysInclusive(start, end);
  if (days === 0) return null;
  const monthDays = daysInMonth(ms);
  const netCents = days === monthDays ? monthlyCents : roundCents((monthlyCents * days) / monthDays);
  return { start, end, days, monthDays, netCents };
}

/**
 * What to give back of a charge for `[start, end]` (`days` days, `netCents`) when the service
 * ended on `serviceEnd`: the days after the end date, pro rata (negative cents). Null if none.
 */
export function refundBeyond(charge: { start: string; end: string; days: number; netCents: number }, serviceEnd: string): { start: string; end: string; days: number; netCents: number } | null {
  if (serviceEnd >= charge.end) return null;
  const start = maxDate(charge.start, addDays(serviceEnd, 1));
  const days = daysInclusive(start, charge.end);
  if (days === 0) return null;
  const netCents = days === charge.days ? -charge.netCents : -roundCents((charge.netCents * days) / charge.days);
  return { start, end: charge.end, days, netCents };
}
