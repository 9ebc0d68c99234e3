import { audit } from '../../kernel/audit';
import { notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { scopeCondition } from '../customers';
import { sendDisconnect } from './disconnect';
import { usageConfig } from './usage.config';
import type { AccountUsageRow } from './usage.loaders';
import { UsageView, type DataUsage, type DisconnectResult, type UsagePeriod } from './usage.types';

/**
 * Asks the NAS carrying an open session to end it (RFC 5176 Disconnect-Request, the NAS's
 * secret from the nas table) and audits the request with the NAS's answer. The session must
 * belong to a data account of a customer in the caller's scope and be open; else NOT_FOUND.
 * A NAS missing from the NAS list is NOT_FOUND too (there is no secret to sign with).
 */
export async function disconnectSession(ctx: RequestContext, sessionId: string): Promise<DisconnectResult> {
  if (!/^\d{1,18}$/.test(sessionId)) throw notFound('Session');
  return inTransaction(ctx.db, async (em) => {
    const [cond, params] = scopeCondition(ctx);
    const qb = em
      .createQueryBuilder()
      .select(['r.radacctid::text AS id', 'r.acctsessionid AS "acctSessionId"', 'r.username AS username', 'host(r.nasipaddress) AS nas',
        'host(r.framedipaddress) AS "framedIp"', 'a.customer_id AS "customerId"', 'a.id AS "dataAccountId"'])
      .from('radacct', 'r')
      .innerJoin('data_account', 'a', 'a.username = r.username')
      .innerJoin('customer', 'c', 'c.id = a.customer_id')
      .where('r.radacctid = :id AND r.acctstoptime IS NULL', { id: sessionId })
      .andWhere(cond, params);
    const session = await qb.getRawOne<{ id: string; acctSessionId: string; username: string; nas: string; framedIp: string | null; customerId: string; dataAccountId: string }>();
    if (!session) throw notFound('Session');
    const [nas] = await em.query(`SELECT secret, coa_port AS port FROM nas WHERE nasname = $1 ORDER BY id LIMIT 1`, [session.nas]);
    if (!nas) throw notFound(`NAS ${session.nas} in the NAS list`);
    const answer = await sendDisconnect(
      { host: session.nas, port: nas.port ?? usageConfig.defaultCoaPort, secret: nas.secret, userName: session.username, acctSessionId: session.acctSessionId, framedIp: session.framedIp },
      { timeoutMs: usageConfig.disconnectTimeoutMs, attempts: usageConfig.disconnectAttempts },
    );
    await audit(em, ctx, {
      customerId: session.customerId,
      action: 'session.disconnect',
      target: `data_account:${session.dataAccountId}`,
      record: { username: session.username, nas: session.nas, acctSessionId: session.acctSessionId, outcome: answer.outcome, errorCause: answer.errorCause },
    });
    return { sessionId: session.id, nasAddress: session.nas, ...answer };
  });
}

const utcMonth = (d = new Date()) => d.toISOString().slice(0, 7);

/** The dataUsage widget from the loader's rows: per account, totals per period, the years. */
export function toDataUsage(rows: AccountUsageRow[], view: UsageView, year: number | null): DataUsage {
  const totals = new Map<string, UsagePeriod>();
  const years = new Set<number>();
  const accounts = rows.map((r) => {
    r.years.forEach((y) => years.add(y));
    const periods = r.periods.map((p) => ({ period: p.period, uploadBytes: Number(p.up), downloadBytes: Number(p.down) }));
    for (const p of periods) {
      const t = totals.get(p.period) ?? { period: p.period, uploadBytes: 0, downloadBytes: 0 };
      t.uploadBytes += p.uploadBytes;
      t.downloadBytes += p.downloadBytes;
      totals.set(p.period, t);
    }
    const used = Number(r.used);
    const cap = r.cap === null ? null : Number(r.cap);
    return {
      dataAccountId: r.id,
      username: r.username,
      status: r.status,
      periods,
      currentMonth: { month: utcMonth(), usedBytes: used, capBytes: cap, percentOfCap: cap ? Math.round((used / cap) * 1000) / 10 : null },
    };
  });
  return {
    view,
    year: view === UsageView.MONTHLY ? year : null,
    years: [...years].sort((a, b) => b - a),
    accounts,
    totals: [...totals.values()].sort((a, b) => a.period.localeCompare(b.period)),
  };
}
