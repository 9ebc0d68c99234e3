import type { EntityManager } from 'typeorm';
import type { CallClass, RatingMethod } from './call-class';

/** A rated call as it is stored in the month-partitioned `voip_call`. */
export interface RatedCall {
  customerId: string;
  lineId: string;
  uniqueId: string;
  startedAt: Date;
  direction: 'outbound' | 'inbound';
  src: string;
  dst: string;
  /** The other party, E.164 when it could be read. */
  otherParty: string | null;
  destinationLabel: string | null;
  callClass: CallClass;
  durationSeconds: number;
  billsec: number;
  billedSeconds: number;
  chargeCents: number;
  method: RatingMethod;
  ratingSource: string | null;
  costBase: string | null;
  importId: string | null;
}

const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;

/**
 * Stores rated calls and adds them to the monthly rollups, in the caller's transaction.
 * A call whose uniqueid was stored before is skipped (the uniqueid registry decides, so two
 * imports of one file at once still store each call once). Returns the calls stored.
 */
export async function storeCalls(em: EntityManager, calls: RatedCall[], chunk = 20_000): Promise<RatedCall[]> {
  const stored: RatedCall[] = [];
  for (let i = 0; i < calls.length; i += chunk) {
    const part = calls.slice(i, i + chunk);
    const fresh: { unique_id: string }[] = await em.query(
      `INSERT INTO voip_cdr_seen (unique_id, started_at) SELECT * FROM unnest($1::text[], $2::timestamptz[])
       ON CONFLICT DO NOTHING RETURNING unique_id`,
      [part.map((c) => c.uniqueId), part.map((c) => c.startedAt.toISOString())],
    );
    const isNew = new Set(fresh.map((r) => r.unique_id));
    const add = part.filter((c) => isNew.delete(c.uniqueId));
    if (!add.length) continue;
    await em.query('SELECT voip_call_ensure_partitions($1::date[])', [[...new Set(add.map((c) => monthOf(c.startedAt)))]]);
    await em.query(
      `INSERT INTO voip_call (started_at, customer_id, line_id, unique_id, direction, src, dst, other_party, destination_label, call_class,
                             duration_seconds, billsec, billed_seconds, charge_cents, rating_method, rating_source, cost_base, import_id)
       SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                            $10::call_class[], $11::int[], $12::int[], $13::int[], $14::int[], $15::text[], $16::text[], $17::text[], $18::uuid[])`,
      [
        add.map((c) => c.startedAt.toISOString()), add.map((c) => c.customerId), add.map((c) => c.lineId), add.map((c) => c.uniqueId),
        add.map((c) => c.direction), add.map((c) => c.src), add.map((c) => c.dst), add.map((c) => c.otherParty), add.map((c) => c.destinationLabel),
        add.map((c) => c.callClass), add.map((c) => c.durationSeconds), add.map((c) => c.billsec), add.map((c) => c.billedSeconds),
        add.map((c) => c.chargeCents), add.map((c) => c.method), add.map((c) => c.ratingSource), add.map((c) => c.costBase), add.map((c) => c.importId),
      ],
    );
    await addToRollups(em, add);
    stored.push(...add);
  }
  return stored;
}

/** Adds calls to voip_call_rollup (per line, month, class), one upsert statement. */
async function addToRollups(em: EntityManager, calls: RatedCall[]) {
  const sums = new Map<string, { line: string; customer: string; month: string; cls: CallClass; calls: number; dur: number; billed: number; cents: number }>();
  for (const c of calls) {
    const month = monthOf(c.startedAt);
    const key = `${c.lineId}|${month}|${c.callClass}`;
    const s = sums.get(key) ?? { line: c.lineId, customer: c.customerId, month, cls: c.callClass, calls: 0, dur: 0, billed: 0, cents: 0 };
    s.calls += 1;
    s.dur += c.durationSeconds;
    s.billed += c.billedSeconds;
    s.cents += c.chargeCents;
    sums.set(key, s);
  }
  const rows = [...sums.values()];
  await em.query(
    `INSERT INTO voip_call_rollup (line_id, customer_id, month, call_class, calls, duration_seconds, billed_seconds, charge_cents)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::call_class[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[])
     ON CONFLICT (line_id, month, call_class) DO UPDATE SET
       calls = voip_call_rollup.calls + EXCLUDED.calls,
       duration_seconds = voip_call_rollup.duration_seconds + EXCLUDED.duration_seconds,
       billed_seconds = voip_call_rollup.billed_seconds + EXCLUDED.billed_seconds,
       charge_cents = voip_call_rollup.charge_cents + EXCLUDED.charge_cents`,
    [rows.map((r) => r.line), rows.map((r) => r.customer), rows.map((r) => r.month), rows.map((r) => r.cls), rows.map((r) => r.calls),
      rows.map((r) => r.dur), rows.map((r) => r.billed), rows.map((r) => r.cents)],
  );
}
