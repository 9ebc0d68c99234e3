import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { perCustomerLoader, perCustomerWithArgLoader } from '../../kernel/loaders';
import { CallClass } from './call-class';
import { VoipLine } from './voip-line.entity';
import { VoipTariff } from './voip-tariff.entity';

export interface UsageRow {
  customerId: string;
  kind: 'month' | 'year';
  period: string;
  callClass: CallClass;
  calls: number;
  billedSeconds: number;
  costCents: number;
}

export interface RatingRow {
  customerId: string;
  defaultTariffId: string | null;
  defaultTariffName: string | null;
  classMarkups: Record<string, number>;
  fallbackMarkupPercent: string | null;
  version: number;
}

/** Plain SQL, the tariff as JSON: the entities TypeORM's joined query builder hydrated, for a fraction of the CPU. */
const lines = plainSql(
  VoipLine,
  'l',
  (columns) => `SELECT ${columns}, row_to_json(t) AS tariff
                  FROM voip_line l LEFT JOIN voip_tariff t ON t.id = l.tariff_id
                 WHERE l.customer_id = ANY($1)
                 ORDER BY l.end_date IS NULL DESC, l.start_date DESC, l.id`,
  { tariff: VoipTariff },
);

export const voipLoaders = (db: DataSource) => ({
  /** Lines per customer with their tariff's name: in service first, newest first. */
  lines: perCustomerLoader((ids) => lines(db, [ids])),
  /** Keys `customerId:year`: the year's months and every year, by call class, from the rollups (one statement). */
  usage: perCustomerWithArgLoader<UsageRow>(async (ids, year) => {
    const rows: UsageRow[] = await db.query(
      `SELECT customer_id AS "customerId", 'month' AS kind, to_char(month, 'YYYY-MM') AS period, call_class AS "callClass",
              sum(calls)::int AS calls, sum(billed_seconds)::int AS "billedSeconds", sum(charge_cents)::int AS "costCents"
         FROM voip_call_rollup
        WHERE customer_id = ANY($1::uuid[]) AND month >= make_date($2::int, 1, 1) AND month < make_date($2::int + 1, 1, 1)
        GROUP BY customer_id, month, call_class
       UNION ALL
       SELECT customer_id, 'year', to_char(month, 'YYYY'), call_class, sum(calls)::int, sum(billed_seconds)::int, sum(charge_cents)::int
         FROM voip_call_rollup WHERE customer_id = ANY($1::uuid[])
        GROUP BY customer_id, to_char(month, 'YYYY'), call_class
       ORDER BY 3, 4`,
      [ids, Number(year)],
    );
    return rows;
  }),
  rating: perCustomerLoader<RatingRow>((ids) =>
    db.query(
      `SELECT r.customer_id AS "customerId", r.default_tariff_id AS "defaultTariffId", t.name AS "defaultTariffName",
              r.class_markups AS "classMarkups", r.fallback_markup_percent AS "fallbackMarkupPercent", r.version
         FROM voip_customer_rating r LEFT JOIN voip_tariff t ON t.id = r.default_tariff_id
        WHERE r.customer_id = ANY($1::uuid[])`,
      [ids],
    ),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    voip: ReturnType<typeof voipLoaders>;
  }
}
