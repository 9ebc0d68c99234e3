import type { MigrationInterface, QueryRunner } from "typeorm";

/** VoIP: tariffs of the catalogue, lines, customer rating defaults, monthly call rollups, CDR import reports. */
export class VoipLinesTariffsRollups1795425213208 implements MigrationInterface {
    name = 'VoipLinesTariffsRollups1795425213208'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "cdr_import_source" AS ENUM('upload', 'spool')`);
        await queryRunner.query(`CREATE TABLE "voip_cdr_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "source" "cdr_import_source" NOT NULL, "customer_id" uuid, "actor_name" text NOT NULL, "ok" boolean NOT NULL, "rows" integer NOT NULL, "imported" integer NOT NULL, "duplicates" integer NOT NULL, "not_answered" integer NOT NULL, "unrated" integer NOT NULL, "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_404bb60cd7414b28e42b9cb2278" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "voip_cdr_import_customer_idx" ON "voip_cdr_import"  ("customer_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "voip_tariff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "active" boolean NOT NULL DEFAULT true, "fallback_markup_percent" numeric(7,2), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "voip_tariff_name_key" UNIQUE ("name"), CONSTRAINT "PK_816b96d9cdf95b7bf8e7dbd0627" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "call_class" AS ENUM('local', 'national', 'mobile', 'international', 'inbound', 'toll_free')`);
        await queryRunner.query(`CREATE TABLE "voip_tariff_rate" ("tariff_id" uuid NOT NULL, "call_class" "call_class" NOT NULL, "rate_per_minute_cents" integer, "billing_increment_seconds" integer NOT NULL DEFAULT '60', "minimum_charge_cents" integer NOT NULL DEFAULT '0', "connection_fee_cents" integer NOT NULL DEFAULT '0', "markup_percent" numeric(7,2), CONSTRAINT "PK_08bd0599ab62a6c648d38d72138" PRIMARY KEY ("tariff_id", "call_class"))`);
        await queryRunner.query(`CREATE TABLE "voip_customer_rating" ("customer_id" uuid NOT NULL, "default_tariff_id" uuid, "class_markups" jsonb NOT NULL DEFAULT '{}', "fallback_markup_percent" numeric(7,2), "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b1732a184eaccf5f37bc420d2b" PRIMARY KEY ("customer_id"))`);
        await queryRunner.query(`CREATE TYPE "voip_line_type" AS ENUM('sip_account', 'hosted_pbx', 'sip_trunk', 'analogue_ata', 'fax')`);
        await queryRunner.query(`CREATE TABLE "voip_line" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "line_type" "voip_line_type" NOT NULL, "label" text, "monthly_charge_cents" integer NOT NULL DEFAULT '0', "start_date" date NOT NULL, "end_date" date, "tariff_id" uuid, "class_markups" jsonb NOT NULL DEFAULT '{}', "fallback_markup_percent" numeric(7,2), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e5c78e0ff39fc4ee3141f703c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "voip_line_customer_idx" ON "voip_line"  ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "voip_line_number_idx" ON "voip_line"  ("number", "start_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "voip_line_number_current" ON "voip_line"  ("number") WHERE "end_date" IS NULL`);
        await queryRunner.query(`CREATE TABLE "voip_call_rollup" ("line_id" uuid NOT NULL, "month" date NOT NULL, "call_class" "call_class" NOT NULL, "customer_id" uuid NOT NULL, "calls" integer NOT NULL DEFAULT '0', "duration_seconds" bigint NOT NULL DEFAULT '0', "billed_seconds" bigint NOT NULL DEFAULT '0', "charge_cents" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_def982c1d6ee31e385352632df0" PRIMARY KEY ("line_id", "month", "call_class"))`);
        await queryRunner.query(`CREATE INDEX "voip_call_rollup_customer_idx" ON "voip_call_rollup"  ("customer_id", "month") `);
        await queryRunner.query(`ALTER TABLE "voip_tariff_rate" ADD CONSTRAINT "FK_ccf216d70e1c477e0ced8bce8f7" FOREIGN KEY ("tariff_id") REFERENCES "voip_tariff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_customer_rating" ADD CONSTRAINT "FK_2b1732a184eaccf5f37bc420d2b" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_customer_rating" ADD CONSTRAINT "FK_98f0c94a9d6d932d87735b65268" FOREIGN KEY ("default_tariff_id") REFERENCES "voip_tariff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_line" ADD CONSTRAINT "FK_e753c6660f08a2ae62a22330857" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_line" ADD CONSTRAINT "FK_b2633a23963bd04d7945337248a" FOREIGN KEY ("tariff_id") REFERENCES "voip_tariff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_call_rollup" ADD CONSTRAINT "FK_a3daca41a2116e3a0c558f10d50" FOREIGN KEY ("line_id") REFERENCES "voip_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "voip_call_rollup" ADD CONSTRAINT "FK_cb3e64c3e2cabd7417102efacc1" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "voip_call_rollup" DROP CONSTRAINT "FK_cb3e64c3e2cabd7417102efacc1"`);
        await queryRunner.query(`ALTER TABLE "voip_call_rollup" DROP CONSTRAINT "FK_a3daca41a2116e3a0c558f10d50"`);
        await queryRunner.query(`ALTER TABLE "voip_line" DROP CONSTRAINT "FK_b2633a23963bd04d7945337248a"`);
        await queryRunner.query(`ALTER TABLE "voip_line" DROP CONSTRAINT "FK_e753c6660f08a2ae62a22330857"`);
        await queryRunner.query(`ALTER TABLE "voip_customer_rating" DROP CONSTRAINT "FK_98f0c94a9d6d932d87735b65268"`);
        await queryRunner.query(`ALTER TABLE "voip_customer_rating" DROP CONSTRAINT "FK_2b1732a184eaccf5f37bc420d2b"`);
        await queryRunner.query(`ALTER TABLE "voip_tariff_rate" DROP CONSTRAINT "FK_ccf216d70e1c477e0ced8bce8f7"`);
        await queryRunner.query(`DROP INDEX "voip_call_rollup_customer_idx"`);
        await queryRunner.query(`DROP TABLE "voip_call_rollup"`);
        await queryRunner.query(`DROP INDEX "voip_line_number_current"`);
        await queryRunner.query(`DROP INDEX "voip_line_number_idx"`);
        await queryRunner.query(`DROP INDEX "voip_line_customer_idx"`);
        await queryRunner.query(`DROP TABLE "voip_line"`);
        await queryRunner.query(`DROP TYPE "voip_line_type"`);
        await queryRunner.query(`DROP TABLE "voip_customer_rating"`);
        await queryRunner.query(`DROP TABLE "voip_tariff_rate"`);
        await queryRunner.query(`DROP TYPE "call_class"`);
        await queryRunner.query(`DROP TABLE "voip_tariff"`);
        await queryRunner.query(`DROP INDEX "voip_cdr_import_customer_idx"`);
        await queryRunner.query(`DROP TABLE "voip_cdr_import"`);
        await queryRunner.query(`DROP TYPE "cdr_import_source"`);
    }
}
