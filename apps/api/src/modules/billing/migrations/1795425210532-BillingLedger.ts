import type { MigrationInterface, QueryRunner } from "typeorm";

/** BillingLedger: generated from the entities; review before committing. */
export class BillingLedger1795425210532 implements MigrationInterface {
    name = 'BillingLedger1795425210532'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "payment_method" AS ENUM('eft', 'debit_order', 'cash', 'credit_card')`);
        await queryRunner.query(`CREATE TYPE "bank_account_type" AS ENUM('cheque', 'savings', 'transmission')`);
        await queryRunner.query(`CREATE TYPE "verification_state" AS ENUM('unverified', 'pending', 'verified', 'failed')`);
        await queryRunner.query(`CREATE TYPE "billing_cycle" AS ENUM('monthly', 'quarterly', 'manual')`);
        await queryRunner.query(`CREATE TYPE "payment_terms_kind" AS ENUM('method_default', 'days', 'day_of_month')`);
        await queryRunner.query(`CREATE TYPE "bill_length" AS ENUM('short', 'long', 'full')`);
        await queryRunner.query(`CREATE TYPE "low_invoice_rule" AS ENUM('create_anyway', 'roll_forward', 'low_usage_charge')`);
        await queryRunner.query(`CREATE TYPE "annual_increase_profile" AS ENUM('none', 'cpi', 'rpi', 'fixed_amount')`);
        await queryRunner.query(`CREATE TABLE "billing_account" ("customer_id" uuid NOT NULL, "payment_method" "payment_method" NOT NULL DEFAULT 'eft', "debit_bank" text, "debit_branch_code" text, "debit_account_holder" text, "debit_account_number_enc" text, "debit_account_last4" text, "debit_account_type" "bank_account_type", "debit_day" smallint, "card_token" text, "card_brand" text, "card_last4" text, "card_expiry" text, "verification" "verification_state" NOT NULL DEFAULT 'unverified', "billing_cycle" "billing_cycle" NOT NULL DEFAULT 'monthly', "payment_terms_kind" "payment_terms_kind" NOT NULL DEFAULT 'method_default', "payment_terms_value" smallint, "vat_rate_bp" integer NOT NULL DEFAULT '1500', "credit_limit_cents" bigint, "do_not_suspend" boolean NOT NULL DEFAULT false, "bill_style" text NOT NULL DEFAULT 'Sightline', "bill_length_email" "bill_length" NOT NULL DEFAULT 'short', "bill_length_download" "bill_length" NOT NULL DEFAULT 'full', "bill_length_print" "bill_length" NOT NULL DEFAULT 'long', "low_invoice_rule" "low_invoice_rule" NOT NULL DEFAULT 'create_anyway', "low_invoice_threshold_cents" bigint NOT NULL DEFAULT '0', "low_usage_charge_cents" bigint NOT NULL DEFAULT '0', "annual_increase_profile" "annual_increase_profile" NOT NULL DEFAULT 'none', "annual_increase_date" date, "opening_balance_cents" bigint NOT NULL DEFAULT '0', "opening_date" date NOT NULL DEFAULT ('now'::text)::date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a6b0f280b896d5da57ca9eca8cc" PRIMARY KEY ("customer_id"))`);
        await queryRunner.query(`CREATE TYPE "invoice_state" AS ENUM('draft', 'approved', 'sent', 'void')`);
        await queryRunner.query(`CREATE TABLE "invoice" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand" text NOT NULL, "number" text, "state" "invoice_state" NOT NULL DEFAULT 'draft', "invoice_date" date NOT NULL, "due_date" date, "subtotal_cents" bigint NOT NULL DEFAULT '0', "vat_cents" bigint NOT NULL DEFAULT '0', "total_cents" bigint NOT NULL DEFAULT '0', "currency" character(3) NOT NULL DEFAULT 'ZAR', "snapshot" jsonb, "approved_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15d25c200d9bcd8a33f698daf18" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "invoice_customer_idx" ON "invoice"  ("customer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invoice_brand_number_key" ON "invoice"  ("brand", "number") `);
        await queryRunner.query(`CREATE TYPE "invoice_line_kind" AS ENUM('recurring', 'usage', 'one_off', 'low_usage')`);
        await queryRunner.query(`CREATE TABLE "invoice_line" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid, "kind" "invoice_line_kind" NOT NULL, "description" text NOT NULL, "period_start" date, "period_end" date, "quantity_milli" integer NOT NULL DEFAULT '1000', "unit_price_cents" bigint NOT NULL, "vat_rate_bp" integer NOT NULL, "net_cents" bigint NOT NULL, "vat_cents" bigint NOT NULL, "total_cents" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_112d67e85951a56ee5123e9c803" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "invoice_line_customer_idx" ON "invoice_line"  ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "invoice_line_invoice_idx" ON "invoice_line"  ("invoice_id") `);
        await queryRunner.query(`CREATE TABLE "credit_note" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "invoice_id" uuid, "issued_on" date NOT NULL, "amount_cents" bigint NOT NULL, "vat_cents" bigint NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "credit_note_amount_positive" CHECK ("amount_cents" > 0), CONSTRAINT "PK_1f08d9f374b8db39fd4c8e789df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "credit_note_customer_idx" ON "credit_note"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "adjustment" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "adjusted_on" date NOT NULL, "amount_cents" bigint NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "adjustment_amount_not_zero" CHECK ("amount_cents" <> 0), CONSTRAINT "PK_f84d8d269b59850fb017ee1630b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "adjustment_customer_idx" ON "adjustment"  ("customer_id") `);
        await queryRunner.query(`CREATE TYPE "payment_kind" AS ENUM('receipt', 'reversal', 'refund')`);
        await queryRunner.query(`CREATE TYPE "receipt_method" AS ENUM('eft', 'debit_order', 'cash', 'credit_card', 'bank_import')`);
        await queryRunner.query(`CREATE TABLE "payment" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "payment_kind" NOT NULL DEFAULT 'receipt', "received_on" date NOT NULL, "method" "receipt_method" NOT NULL, "reference" text NOT NULL, "amount_cents" bigint NOT NULL, "bank_reference" text, "reversal_of" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payment_amount_sign" CHECK (("kind" = 'receipt' AND "amount_cents" > 0) OR ("kind" <> 'receipt' AND "amount_cents" < 0)), CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "payment_customer_idx" ON "payment"  ("customer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "payment_reversal_of_key" ON "payment"  ("reversal_of") WHERE "reversal_of" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "payment_bank_reference_key" ON "payment"  ("bank_reference") WHERE "bank_reference" IS NOT NULL`);
        await queryRunner.query(`CREATE TYPE "ledger_item_kind" AS ENUM('opening', 'invoice', 'credit_note', 'adjustment', 'payment')`);
        await queryRunner.query(`CREATE TABLE "allocation" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_kind" "ledger_item_kind" NOT NULL, "source_id" uuid NOT NULL, "target_kind" "ledger_item_kind" NOT NULL, "target_id" uuid NOT NULL, "amount_cents" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7df89c736595e454b6ae07264fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "allocation_customer_idx" ON "allocation"  ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "allocation_target_idx" ON "allocation"  ("target_kind", "target_id") `);
        await queryRunner.query(`CREATE INDEX "allocation_source_idx" ON "allocation"  ("source_kind", "source_id") `);
        await queryRunner.query(`CREATE TABLE "ledger_request" ("idempotency_key" text NOT NULL, "operation" text NOT NULL, "customer_id" uuid NOT NULL, "result_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2551cf55d506e9bb66565f6ff9b" PRIMARY KEY ("idempotency_key"))`);
        await queryRunner.query(`CREATE TABLE "invoice_number_counter" ("brand" text NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_573cbeff6bbf19b1b3bf32bf6b9" PRIMARY KEY ("brand"))`);
        await queryRunner.query(`CREATE TABLE "age_rollup" ("customer_id" uuid NOT NULL, "computed_on" date NOT NULL, "current_cents" bigint NOT NULL DEFAULT '0', "days30_cents" bigint NOT NULL DEFAULT '0', "days60_cents" bigint NOT NULL DEFAULT '0', "days90_cents" bigint NOT NULL DEFAULT '0', "days120_cents" bigint NOT NULL DEFAULT '0', "unallocated_credit_cents" bigint NOT NULL DEFAULT '0', "balance_cents" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_b4b27b4819ac79bd1ad6543af54" PRIMARY KEY ("customer_id"))`);
        await queryRunner.query(`ALTER TABLE "billing_account" ADD CONSTRAINT "FK_a6b0f280b896d5da57ca9eca8cc" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice" ADD CONSTRAINT "FK_2e6c81055e67a7f4791c887b56f" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_line" ADD CONSTRAINT "FK_38aaf169c3811e44682adfd2c75" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invoice_line" ADD CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "credit_note" ADD CONSTRAINT "FK_32710694febc90f73b1c7e5a492" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "adjustment" ADD CONSTRAINT "FK_590c8e35d18555bb4aa0fc662d7" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_1e79dbe9790afe707259ebee508" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "allocation" ADD CONSTRAINT "FK_8425498b33fecaf78853e8b11e8" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "age_rollup" ADD CONSTRAINT "FK_b4b27b4819ac79bd1ad6543af54" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "age_rollup" DROP CONSTRAINT "FK_b4b27b4819ac79bd1ad6543af54"`);
        await queryRunner.query(`ALTER TABLE "allocation" DROP CONSTRAINT "FK_8425498b33fecaf78853e8b11e8"`);
        await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_1e79dbe9790afe707259ebee508"`);
        await queryRunner.query(`ALTER TABLE "adjustment" DROP CONSTRAINT "FK_590c8e35d18555bb4aa0fc662d7"`);
        await queryRunner.query(`ALTER TABLE "credit_note" DROP CONSTRAINT "FK_32710694febc90f73b1c7e5a492"`);
        await queryRunner.query(`ALTER TABLE "invoice_line" DROP CONSTRAINT "FK_36e6eecdb00b171d90ff63f2d20"`);
        await queryRunner.query(`ALTER TABLE "invoice_line" DROP CONSTRAINT "FK_38aaf169c3811e44682adfd2c75"`);
        await queryRunner.query(`ALTER TABLE "invoice" DROP CONSTRAINT "FK_2e6c81055e67a7f4791c887b56f"`);
        await queryRunner.query(`ALTER TABLE "billing_account" DROP CONSTRAINT "FK_a6b0f280b896d5da57ca9eca8cc"`);
        await queryRunner.query(`DROP TABLE "age_rollup"`);
        await queryRunner.query(`DROP TABLE "invoice_number_counter"`);
        await queryRunner.query(`DROP TABLE "ledger_request"`);
        await queryRunner.query(`DROP INDEX "allocation_source_idx"`);
        await queryRunner.query(`DROP INDEX "allocation_target_idx"`);
        await queryRunner.query(`DROP INDEX "allocation_customer_idx"`);
        await queryRunner.query(`DROP TABLE "allocation"`);
        await queryRunner.query(`DROP TYPE "ledger_item_kind"`);
        await queryRunner.query(`DROP INDEX "payment_bank_reference_key"`);
        await queryRunner.query(`DROP INDEX "payment_reversal_of_key"`);
        await queryRunner.query(`DROP INDEX "payment_customer_idx"`);
        await queryRunner.query(`DROP TABLE "payment"`);
        await queryRunner.query(`DROP TYPE "receipt_method"`);
        await queryRunner.query(`DROP TYPE "payment_kind"`);
        await queryRunner.query(`DROP INDEX "adjustment_customer_idx"`);
        await queryRunner.query(`DROP TABLE "adjustment"`);
        await queryRunner.query(`DROP INDEX "credit_note_customer_idx"`);
        await queryRunner.query(`DROP TABLE "credit_note"`);
        await queryRunner.query(`DROP INDEX "invoice_line_invoice_idx"`);
        await queryRunner.query(`DROP INDEX "invoice_line_customer_idx"`);
        await queryRunner.query(`DROP TABLE "invoice_line"`);
        await queryRunner.query(`DROP TYPE "invoice_line_kind"`);
        await queryRunner.query(`DROP INDEX "invoice_brand_number_key"`);
        await queryRunner.query(`DROP INDEX "invoice_customer_idx"`);
        await queryRunner.query(`DROP TABLE "invoice"`);
        await queryRunner.query(`DROP TYPE "invoice_state"`);
        await queryRunner.query(`DROP TABLE "billing_account"`);
        await queryRunner.query(`DROP TYPE "annual_increase_profile"`);
        await queryRunner.query(`DROP TYPE "low_invoice_rule"`);
        await queryRunner.query(`DROP TYPE "bill_length"`);
        await queryRunner.query(`DROP TYPE "payment_terms_kind"`);
        await queryRunner.query(`DROP TYPE "billing_cycle"`);
        await queryRunner.query(`DROP TYPE "verification_state"`);
        await queryRunner.query(`DROP TYPE "bank_account_type"`);
        await queryRunner.query(`DROP TYPE "payment_method"`);
    }
}
