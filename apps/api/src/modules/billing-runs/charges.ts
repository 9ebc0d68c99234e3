import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { LineKind, priceLine } from '../billing';
import { BilledKind, ChargeSource } from './billing-run.entities';
import { addMonths, arrearsMonths, daysInclusive, daysInMonth, monthsOf, prorateMonth, refundBeyond, type Period } from './periods';

/** One charge a run writes: a pending invoice line plus its billed_charge row. */
export interface Charge {
  customerId: string;
  source: ChargeSource;
  sourceId: string;
  month: string;
  kind: BilledKind;
  lineKind: LineKind;
  description: string;
  start: string;
  end: string;
  days: number;
  quantityMilli: number;
  unitPriceCents: number;
  netCents: number;
  vatRateBp: number;
  vatCents: number;
  totalCents: number;
  /** A recurring charge of this month is already written (pending or invoiced). */
  alreadyBilled: boolean;
}

const GB = 1_000_000_000;
const fmtDay = (d: string) => d.slice(8, 10);
// One formatter: toLocaleString builds a new one per call (1.4% of the API's CPU on the profile).
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const fmtMonth = (m: string) => MONTH.format(new Date(`${m}T00:00:00Z`));

function charge(base: Omit<Charge, 'vatCents' | 'totalCents' | 'netCents' | 'alreadyBilled'> & { netCents?: number }): Charge {
  const priced = priceLine(base.quantityMilli, base.unitPriceCents, base.vatRateBp);
  return { ...base, ...priced, alreadyBilled: false };
}

type Reads<T extends unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads, together where each query gets a connection of its own (the loaders'
 * pipelined lanes send them in one write), one after another on a transaction's connection,
 * where pg would only queue them (and deprecates queueing).
 */
async function readAll<T extends unknown[]>(em: EntityManager, reads: Reads<T>): Promise<T> {
  if (!em.queryRunner) return Promise.all(reads.map((r) => r())) as Promise<T>;
  const out = [] as unknown[];
  for (const r of reads) out.push(await r());
  return out as T;
}

/**
 * The charges a run for `period` bills these customers, every kind:
 * - recurring, in advance: each data account (package or custom price) and VoIP line (monthly
 *   charge) for each month of the period, prorated to the day when it starts or ends inside it;
 *   a service that started during the month before the period (after that month was billed) is
 *   billed for those days too;
 * - refunds: a month billed in advance beyond a service's end date gives those days back;
 * - usage, in arrears: rated calls of the months before the period (VoIP rollups) and data
 *   above the cap where the package bills overage (usage rollups).
 * Recurring charges already written for a month are returned with `alreadyBilled`.
 */
export async function chargesFor(em: EntityManager, customers: { id: string; vatRateBp: number }[], period: Period): Promise<Charge[]> {
  if (!customers.length) return [];
  const ids = customers.map((c) => c.id);
  const vat = new Map(customers.map((c) => [c.id, c.vatRateBp]));
  const catchUp = addMonths(period.start, -1);
  const months = monthsOf(period);
  const out: Charge[] = [];
  // Usage in arrears: every month before the period not billed yet, back to the first month a
  // run was answerable for (the arrears of the customer's first billed period, or this one's).
  // So calls imported after their window (late CDRs) go on the next run; older usage (billed
  // by the previous system) never does.
  const since = `WITH since AS (
      SELECT c.id, LEAST($3::date, COALESCE((SELECT min((bp.period_start - (date_trunc('month', bp.period_end) - bp.period_start) - interval '1 month')::date)
                                                FROM billed_period bp WHERE bp.customer_id = c.id), $3::date)) AS month
        FROM unnest($1::uuid[]) c(id))`;
  const arrearsFrom = arrearsMonths(period)[0];
  // Four independent reads: sent together by the widget's loader, one after another in a run's transaction.
  const [services, overBilled, calls, over] = await readAll(em, [
    () => em.query(
      `SELECT s.*, (SELECT array_agg(b.month::text) FROM billed_charge b WHERE b.source = s.source::charge_source AND b.source_id = s."sourceId" AND b.kind = 'charge' AND b.month >= $2) AS billed
         FROM (SELECT a.customer_id AS "customerId", 'data_account' AS source, a.id AS "sourceId", p.name || ' — ' || a.username AS description,
                      COALESCE(a.custom_price_cents, p.monthly_price_cents) AS monthly, p.vat_treatment = 'standard' AS vatable,
                      a.start_date::text AS start, a.end_date::text AS "end"
                 FROM data_account a JOIN data_package p ON p.id = a.package_id
                WHERE a.customer_id = ANY($1) AND a.start_date <= $3 AND (a.end_date IS NULL OR a.end_date >= $2)
               UNION ALL
               SELECT l.customer_id, 'voip_line', l.id, 'VoIP line ' || l.number || COALESCE(' (' || l.label || ')', ''),
                      l.monthly_charge_cents, true, l.start_date::text, l.end_date::text
                 FROM voip_line l
                WHERE l.customer_id = ANY($1) AND l.monthly_charge_cents > 0 AND l.start_date <= $3 AND (l.end_date IS NULL OR l.end_date >= $2)) s
        ORDER BY s."customerId", s.description`,
      [ids, catchUp, period.end],
    ) as Promise<{ customerId: string; source: ChargeSource; sourceId: string; description: string; monthly: number; vatable: boolean; start: string; end: string | null; billed: string[] | null }[]>,
    // Months billed in advance beyond an end date set since: give those days back once.
    () => em.query(
      `SELECT b.customer_id AS "customerId", b.source, b.source_id AS "sourceId", b.month::text, b.start_date::text AS start, b.end_date::text AS "end",
              b.days, b.net_cents AS "netCents", l.vat_rate_bp AS "vatRateBp", COALESCE(p.name || ' — ' || a.username, 'VoIP line ' || v.number) AS description,
              COALESCE(a.end_date, v.end_date)::text AS "serviceEnd"
         FROM billed_charge b
         JOIN invoice_line l ON l.id = b.line_id
         LEFT JOIN data_account a ON b.source = 'data_account' AND a.id = b.source_id
         LEFT JOIN data_package p ON p.id = a.package_id
         LEFT JOIN voip_line v ON b.source = 'voip_line' AND v.id = b.source_id
        WHERE b.customer_id = ANY($1) AND b.kind = 'charge' AND b.source IN ('data_account', 'voip_line')
          AND COALESCE(a.end_date, v.end_date) < b.end_date
          AND NOT EXISTS (SELECT 1 FROM billed_charge r WHERE r.source = b.source AND r.source_id = b.source_id AND r.month = b.month AND r.kind = 'refund')`,
      [ids],
    ) as Promise<{ customerId: string; source: ChargeSource; sourceId: string; month: string; start: string; end: string; days: number; netCents: string; vatRateBp: number; description: string; serviceEnd: string }[]>,
    () => em.query(
      `${since}
       SELECT r.customer_id AS "customerId", r.line_id AS "lineId", r.month::text, l.number, sum(r.calls)::int AS calls,
              sum(r.billed_seconds) AS seconds, sum(r.charge_cents) AS cents
         FROM voip_call_rollup r JOIN voip_line l ON l.id = r.line_id JOIN since s ON s.id = r.customer_id
        WHERE r.customer_id = ANY($1) AND r.month >= s.month AND r.month < $2::date
          AND NOT EXISTS (SELECT 1 FROM billed_charge b WHERE b.source = 'voip_calls' AND b.source_id = r.line_id AND b.month = r.month AND b.kind = 'charge')
        GROUP BY r.customer_id, r.line_id, r.month, l.number
       HAVING sum(r.charge_cents) <> 0`,
      [ids, period.start, arrearsFrom],
    ) as Promise<{ customerId: string; lineId: string; month: string; number: string; calls: number; seconds: string; cents: string }[]>,
    // Data above the cap on the package in effect (usage module's rollups, always composed with this one).
    () => em.query(
      `${since},
       months AS (
         SELECT u.customer_id, u.data_account_id AS account, u.month, (u.month + interval '1 month' - interval '1 day')::date AS month_end,
                u.upload_bytes + u.download_bytes AS month_used
           FROM usage_monthly u JOIN since s ON s.id = u.customer_id
          WHERE u.customer_id = ANY($1) AND u.month >= s.month AND u.month < $2::date
            AND NOT EXISTS (SELECT 1 FROM billed_charge b WHERE b.source = 'data_overage' AND b.source_id = u.data_account_id AND b.month = u.month AND b.kind = 'charge')),
       starts AS (
         SELECT m.*, m.month AS seg_start FROM months m
         UNION
         SELECT m.*, pc.effective_date FROM months m
           JOIN package_change pc ON pc.data_account_id = m.account AND pc.state = 'applied' AND pc.effective_date > m.month AND pc.effective_date <= m.month_end),
       segs AS (
         SELECT st.*, COALESCE(lead(st.seg_start) OVER (PARTITION BY st.account, st.month ORDER BY st.seg_start) - 1, st.month_end) AS seg_end,
                count(*) OVER (PARTITION BY st.account, st.month) AS parts
           FROM starts st),
       on_package AS (
         SELECT sg.*, a.username, COALESCE(
                  (SELECT pc.to_package_id FROM package_change pc WHERE pc.data_account_id = sg.account AND pc.state = 'applied' AND pc.effective_date <= sg.seg_start
                    ORDER BY pc.effective_date DESC, pc.settled_at DESC NULLS LAST LIMIT 1),
                  (SELECT pc.from_package_id FROM package_change pc WHERE pc.data_account_id = sg.account AND pc.state = 'applied' AND pc.effective_date > sg.seg_start
                    ORDER BY pc.effective_date, pc.settled_at NULLS LAST LIMIT 1),
                  a.package_id) AS package_id
           FROM segs sg JOIN data_account a ON a.id = sg.account)
       SELECT o.customer_id AS "customerId", o.account AS "accountId", o.month::text, o.seg_start::text AS start, o.seg_end::text AS "end", o.username,
              p.name, p.data_cap_bytes AS cap, p.overage_billed AS billed, p.overage_cents_per_gb AS price, p.vat_treatment = 'standard' AS vatable,
              CASE WHEN o.parts = 1 THEN o.month_used
                   ELSE (SELECT COALESCE(sum(d.upload_bytes + d.download_bytes), 0) FROM usage_daily d WHERE d.data_account_id = o.account AND d.day BETWEEN o.seg_start AND o.seg_end) END AS used
         FROM on_package o JOIN data_package p ON p.id = o.package_id
        -- A month on one package without overage needs no row; a month split by a change keeps every stretch.
        WHERE o.parts > 1 OR (p.overage_billed AND p.data_cap_bytes IS NOT NULL AND o.month_used > p.data_cap_bytes)
        ORDER BY o.account, o.month, o.seg_start`,
      [ids, period.start, arrearsFrom],
    ) as Promise<OverageSegment[]>,
  ]);

  for (const s of services) {
    const vatRateBp = s.vatable ? (vat.get(s.customerId) ?? 0) : 0;
    const billed = new Set(s.billed ?? []);
    // The month before the period only for a service that started in it (billed late, not twice).
    const its = s.start >= catchUp && s.start < period.start ? [catchUp, ...months] : months;
    for (const month of its) {
      const seg = prorateMonth(Number(s.monthly), month, s.start, s.end);
      if (!seg) continue;
      const part = seg.days === seg.monthDays ? '' : ` (${seg.days}/${seg.monthDays} days)`;
      const c = charge({
        customerId: s.customerId,
        source: s.source,
        sourceId: s.sourceId,
        month,
        kind: BilledKind.CHARGE,
        lineKind: LineKind.RECURRING,
        description: `${s.description}, ${fmtDay(seg.start)}–${fmtDay(seg.end)} ${fmtMonth(month)}${part}`,
        start: seg.start,
        end: seg.end,
        days: seg.days,
        quantityMilli: 1000,
        unitPriceCents: seg.netCents,
        vatRateBp,
      });
      c.alreadyBilled = billed.has(month);
      out.push(c);
    }
  }

  // Refunds of months billed beyond an end date.
  for (const b of overBilled) {
    const r = refundBeyond({ start: b.start, end: b.end, days: b.days, netCents: Number(b.netCents) }, b.serviceEnd);
    if (!r) continue;
    out.push(
      charge({
        customerId: b.customerId,
        source: b.source,
        sourceId: b.sourceId,
        month: b.month,
        kind: BilledKind.REFUND,
        lineKind: LineKind.RECURRING,
        description: `Refund: ${b.description}, ${fmtDay(r.start)}–${fmtDay(r.end)} ${fmtMonth(b.month)} (ended ${b.serviceEnd})`,
        start: r.start,
        end: r.end,
        days: r.days,
        quantityMilli: 1000,
        unitPriceCents: r.netCents,
        vatRateBp: b.vatRateBp,
      }),
    );
  }

  for (const u of calls) {
    const minutes = Math.round(Number(u.seconds) / 60);
    out.push(
      charge({
        customerId: u.customerId,
        source: ChargeSource.VOIP_CALLS,
        sourceId: u.lineId,
        month: u.month,
        kind: BilledKind.CHARGE,
        lineKind: LineKind.USAGE,
        description: `Calls from ${u.number}, ${fmtMonth(u.month)} (${u.calls} calls, ${minutes} min)`,
        start: u.month,
        end: lastDay(u.month),
        days: 0,
        quantityMilli: 1000,
        unitPriceCents: Number(u.cents),
        vatRateBp: vat.get(u.customerId) ?? 0,
      }),
    );
  }

  out.push(...overageCharges(over, vat));
  return out;
}

/** One stretch of a usage month on one package: the package changed on the day after `end`. */
interface OverageSegment {
  customerId: string;
  accountId: string;
  month: string;
  start: string;
  end: string;
  username: string;
  name: string;
  cap: string | null;
  used: string;
  billed: boolean;
  price: number;
  vatable: boolean;
}

/**
 * Data above the cap, per account and usage month, on the package in effect during the month
 * (the package-change history, not today's package). When the package changed inside the month
 * each stretch is measured on its own: its usage (daily rollups) against its package's cap
 * prorated to its days, at its package's price. A month on one package reads the monthly rollup.
 */
function overageCharges(segments: OverageSegment[], vat: Map<string, number>): Charge[] {
  const byMonth = new Map<string, OverageSegment[]>();
  for (const seg of segments) byMonth.set(`${seg.accountId}:${seg.month}`, [...(byMonth.get(`${seg.accountId}:${seg.month}`) ?? []), seg]);
  const out: Charge[] = [];
  for (const segs of byMonth.values()) {
    const over = segs.map((seg) => ({ seg, milliGb: milliGbAbove(seg) })).filter((o) => o.milliGb > 0);
    if (!over.length) continue;
    const first = over[0].seg;
    const vatRateBp = first.vatable ? (vat.get(first.customerId) ?? 0) : 0;
    const whole = segs.length === 1;
    const part = (o: (typeof over)[number]) =>
      `${o.seg.name}${whole ? '' : ` ${fmtDay(o.seg.start)}–${fmtDay(o.seg.end)}`}: ${(o.milliGb / 1000).toFixed(3)} GB`;
    const base = {
      customerId: first.customerId,
      source: ChargeSource.DATA_OVERAGE,
      sourceId: first.accountId,
      month: first.month,
      kind: BilledKind.CHARGE,
      lineKind: LineKind.USAGE,
      start: first.month,
      end: lastDay(first.month),
      days: 0,
      vatRateBp,
    };
    if (over.length === 1) {
      const { seg, milliGb } = over[0];
      const cap = whole ? `the ${seg.name} cap` : `the ${seg.name} cap, prorated ${fmtDay(seg.start)}–${fmtDay(seg.end)}`;
      out.push(charge({ ...base, description: `Data above ${cap} — ${seg.username}, ${fmtMonth(seg.month)} (${(milliGb / 1000).toFixed(3)} GB)`, quantityMilli: milliGb, unitPriceCents: seg.price }));
    } else {
      // Two packages with overage in one month: one line, each stretch at its own price.
      const cents = over.reduce((sum, o) => sum + priceLine(o.milliGb, o.seg.price, 0).netCents, 0);
      out.push(charge({ ...base, description: `Data above the caps, prorated — ${first.username}, ${fmtMonth(first.month)} (${over.map(part).join('; ')})`, quantityMilli: 1000, unitPriceCents: cents }));
    }
  }
  return out;
}

/** Thousandths of a GB above the segment's cap (prorated to its days), rounded up: never billed for less than used. */
function milliGbAbove(seg: OverageSegment): number {
  if (!seg.billed || seg.cap === null) return 0;
  const days = BigInt(daysInclusive(seg.start, seg.end));
  const monthDays = BigInt(daysInMonth(seg.month));
  const above = BigInt(seg.used) * monthDays - BigInt(seg.cap) * days; // bytes × monthDays
  if (above <= 0n) return 0;
  const den = BigInt(GB) * monthDays;
  return Number((above * 1000n + den - 1n) / den);
}

const lastDay = (month: string) => {
  const t = new Date(`${addMonths(month, 1)}T00:00:00Z`).getTime() - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
};


/**
 * Writes charges as pending invoice lines with their billed_charge rows, in two statements.
 * The unique constraint billed_charge_once refuses a second charge for a service month.
 */
export async function writeCharges(em: EntityManager, charges: Charge[]): Promise<string[]> {
  const todo = charges.filter((c) => !c.alreadyBilled);
  if (!todo.length) return [];
  const lineIds = todo.map(() => randomUUID());
  const col = <T>(f: (c: Charge) => T) => todo.map(f);
  await em.query(
    `INSERT INTO invoice_line (id, customer_id, kind, description, period_start, period_end, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, vat_cents, total_cents)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::invoice_line_kind[], $4::text[], $5::date[], $6::date[], $7::int[], $8::bigint[], $9::int[], $10::bigint[], $11::bigint[], $12::bigint[])`,
    [lineIds, col((c) => c.customerId), col((c) => c.lineKind), col((c) => c.description), col((c) => c.start), col((c) => c.end), col((c) => c.quantityMilli),
      col((c) => c.unitPriceCents), col((c) => c.vatRateBp), col((c) => c.netCents), col((c) => c.vatCents), col((c) => c.totalCents)],
  );
  await em.query(
    `INSERT INTO billed_charge (customer_id, source, source_id, month, kind, start_date, end_date, days, net_cents, line_id)
     SELECT * FROM unnest($1::uuid[], $2::charge_source[], $3::uuid[], $4::date[], $5::billed_kind[], $6::date[], $7::date[], $8::int[], $9::bigint[], $10::uuid[])`,
    [col((c) => c.customerId), col((c) => c.source), col((c) => c.sourceId), col((c) => c.month), col((c) => c.kind), col((c) => c.start), col((c) => c.end), col((c) => c.days), col((c) => c.netCents), lineIds],
  );
  return lineIds;
}
