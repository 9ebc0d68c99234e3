import type { MigrationInterface, QueryRunner } from "typeorm";

/** BillingRuns: generated from the entities; review before committing. */
export class BillingRuns1795426500388 implements MigrationInterface {
    name = 'BillingRuns1795426500388'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "billing_run_state" AS ENUM('queued', 'running', 'done', 'failed')`);
        await queryRunner.query(`CREATE TABLE "billing_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_start" date NOT NULL, "state" "billing_run_state" NOT NULL DEFAULT 'queued', "reseller_id" uuid, "customer_id" uuid, "started_by" text NOT NULL, "job_id" text, "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "invoices" integer NOT NULL DEFAULT '0', "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dd6fbe278e6cf48844f112da0a2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "billed_outcome" AS ENUM('invoiced', 'accumulated', 'rolled_forward', 'nothing')`);
        await queryRunner.query(`CREATE TABLE "billed_period" ("customer_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "run_id" uuid, "invoice_id" uuid, "outcome" "billed_outcome" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92f6f04c2f026d5e8e1a80c8127" PRIMARY KEY ("customer_id", "period_start"))`);
        await queryRunner.query(`CREATE INDEX "billed_period_run_idx" ON "billed_period"  ("run_id") `);
        await queryRunner.query(`CREATE TYPE "charge_source" AS ENUM('data_account', 'voip_line', 'voip_calls', 'data_overage')`);
        await queryRunner.query(`CREATE TYPE "billed_kind" AS ENUM('charge', 'refund')`);
        await queryRunner.query(`CREATE TABLE "billed_charge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "source" "charge_source" NOT NULL, "source_id" uuid NOT NULL, "month" date NOT NULL, "kind" "billed_kind" NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "days" integer NOT NULL, "net_cents" bigint NOT NULL, "line_id" uuid NOT NULL, CONSTRAINT "billed_charge_once" UNIQUE ("source", "source_id", "month", "kind"), CONSTRAINT "billed_charge_days" CHECK ("days" >= 0), CONSTRAINT "PK_fded8d3ae42ae28eebf6252cb1c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "billed_charge_line_idx" ON "billed_charge"  ("line_id") `);
        await queryRunner.query(`CREATE INDEX "billed_charge_customer_idx" ON "billed_charge"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "invoice_document" ("invoice_id" uuid NOT NULL, "length" text NOT NULL, "path" text NOT NULL, "sha256" text NOT NULL, "bytes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b3a205f2097a11cbf7b380e8cb" PRIMARY KEY ("invoice_id", "length"))`);
        await queryRunner.query(`ALTER TABLE "billed_period" ADD CONSTRAINT "FK_d54f6af54a8ee0b9c01168d09e6" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "billed_period" ADD CONSTRAINT "FK_86a7d724e673093c8d6c118ecd3" FOREIGN KEY ("run_id") REFERENCES "billing_run"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "billed_charge" ADD CONSTRAINT "FK_f9a01ce30dab2b6b54f80b72485" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "billed_charge" ADD CONSTRAINT "FK_2bbd51a673130b4177f977d2439" FOREIGN KEY ("line_id") REFERENCES "invoice_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "billed_charge" DROP CONSTRAINT "FK_2bbd51a673130b4177f977d2439"`);
        await queryRunner.query(`ALTER TABLE "billed_charge" DROP CONSTRAINT "FK_f9a01ce30dab2b6b54f80b72485"`);
        await queryRunner.query(`ALTER TABLE "billed_period" DROP CONSTRAINT "FK_86a7d724e673093c8d6c118ecd3"`);
        await queryRunner.query(`ALTER TABLE "billed_period" DROP CONSTRAINT "FK_d54f6af54a8ee0b9c01168d09e6"`);
        await queryRunner.query(`DROP TABLE "invoice_document"`);
        await queryRunner.query(`DROP INDEX "billed_charge_customer_idx"`);
        await queryRunner.query(`DROP INDEX "billed_charge_line_idx"`);
        await queryRunner.query(`DROP TABLE "billed_charge"`);
        await queryRunner.query(`DROP TYPE "billed_kind"`);
        await queryRunner.query(`DROP TYPE "charge_source"`);
        await queryRunner.query(`DROP INDEX "billed_period_run_idx"`);
        await queryRunner.query(`DROP TABLE "billed_period"`);
        await queryRunner.query(`DROP TYPE "billed_outcome"`);
        await queryRunner.query(`DROP TABLE "billing_run"`);
        await queryRunner.query(`DROP TYPE "billing_run_state"`);
    }
}
