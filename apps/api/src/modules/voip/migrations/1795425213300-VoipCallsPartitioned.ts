import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rated calls, partitioned by month of the call's start (TypeORM cannot express partitions,
 * so no entity: the importer writes them with SQL). A partition is made when a month's first
 * call arrives (voip_call_ensure_partitions). Duplicates are recognised by uniqueid in
 * voip_cdr_seen: a unique index on a partitioned table must include the partition key, and a
 * re-exported call could carry another start time.
 */
export class VoipCallsPartitioned1795425213300 implements MigrationInterface {
  name = 'VoipCallsPartitioned1795425213300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "voip_cdr_seen" ("unique_id" text PRIMARY KEY, "started_at" timestamptz NOT NULL, "imported_at" timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE "voip_call" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "started_at" timestamptz NOT NULL,
      "customer_id" uuid NOT NULL REFERENCES "customer"("id") ON DELETE CASCADE,
      "line_id" uuid NOT NULL REFERENCES "voip_line"("id") ON DELETE CASCADE,
      "unique_id" text NOT NULL,
      "direction" text NOT NULL CHECK ("direction" IN ('outbound', 'inbound')),
      "src" text NOT NULL,
      "dst" text NOT NULL,
      "other_party" text,
      "destination_label" text,
      "call_class" "call_class" NOT NULL,
      "duration_seconds" integer NOT NULL,
      "billsec" integer NOT NULL,
      "billed_seconds" integer NOT NULL,
      "charge_cents" integer NOT NULL,
      "rating_method" text NOT NULL CHECK ("rating_method" IN ('tariff_rate', 'class_markup', 'fallback_markup', 'unrated')),
      "rating_source" text,
      "cost_base" text,
      "import_id" uuid,
      PRIMARY KEY ("id", "started_at")
    ) PARTITION BY RANGE ("started_at")`);
    await q.query(`CREATE INDEX "voip_call_customer_idx" ON "voip_call" ("customer_id", "started_at")`);
    await q.query(`CREATE INDEX "voip_call_line_idx" ON "voip_call" ("line_id", "started_at")`);
    await q.query(`CREATE FUNCTION voip_call_ensure_partitions(months date[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE m date; part text;
      BEGIN
        FOREACH m IN ARRAY months LOOP
          m := date_trunc('month', m)::date;
          part := 'voip_call_' || to_char(m, 'YYYY_MM');
          IF to_regclass(part) IS NULL THEN
            BEGIN
              EXECUTE format('CREATE TABLE %I PARTITION OF voip_call FOR VALUES FROM (%L) TO (%L)', part, m, (m + interval '1 month')::date);
            EXCEPTION WHEN duplicate_table THEN NULL; -- made by a concurrent import
            END;
          END IF;
        END LOOP;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION voip_call_ensure_partitions(date[])`);
    await q.query(`DROP TABLE "voip_call"`);
    await q.query(`DROP TABLE "voip_cdr_seen"`);
  }
}
