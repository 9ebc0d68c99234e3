import type { MigrationInterface, QueryRunner } from "typeorm";

/** Usage rollups (daily, monthly per data account), what each radacct session already counts for, the job watermark, cap alerts. */

export class UsageRollups1795425155857 implements MigrationInterface {
    name = 'UsageRollups1795425155857'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "usage_alert" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "data_account_id" uuid NOT NULL, "month" date NOT NULL, "threshold_percent" integer NOT NULL, "used_bytes" bigint NOT NULL, "cap_bytes" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "usage_alert_once_key" UNIQUE ("data_account_id", "month", "threshold_percent"), CONSTRAINT "PK_af9e9cf858b2e8efd255eac736b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "usage_alert_customer_idx" ON "usage_alert"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "usage_daily" ("customer_id" uuid NOT NULL, "data_account_id" uuid NOT NULL, "day" date NOT NULL, "upload_bytes" bigint NOT NULL DEFAULT '0', "download_bytes" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_a8f500eb35d06df10847a24097f" PRIMARY KEY ("data_account_id", "day"))`);
        await queryRunner.query(`CREATE INDEX "usage_daily_customer_idx" ON "usage_daily"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "usage_monthly" ("customer_id" uuid NOT NULL, "data_account_id" uuid NOT NULL, "month" date NOT NULL, "upload_bytes" bigint NOT NULL DEFAULT '0', "download_bytes" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_471f4f213df4a51a4b684692da9" PRIMARY KEY ("data_account_id", "month"))`);
        await queryRunner.query(`CREATE INDEX "usage_monthly_customer_idx" ON "usage_monthly"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "usage_session_counted" ("acct_unique_id" text NOT NULL, "acct_start_time" TIMESTAMP WITH TIME ZONE NOT NULL, "upload_bytes" bigint NOT NULL, "download_bytes" bigint NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_726da0e88215c3115c7f490b651" PRIMARY KEY ("acct_unique_id", "acct_start_time"))`);
        await queryRunner.query(`CREATE INDEX "usage_session_counted_seen_idx" ON "usage_session_counted"  ("seen_at") `);
        await queryRunner.query(`CREATE TABLE "usage_watermark" ("name" text NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f8d26ac657c1f45e771cbfc3639" PRIMARY KEY ("name"))`);
        await queryRunner.query(`ALTER TABLE "usage_alert" ADD CONSTRAINT "FK_244df961dae382d9513ab2671f4" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_alert" ADD CONSTRAINT "FK_3cd43c773187663d6a219c290d3" FOREIGN KEY ("data_account_id") REFERENCES "data_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_daily" ADD CONSTRAINT "FK_ab9a10f0963cdf10bfd64eb48b8" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_daily" ADD CONSTRAINT "FK_cc1a43523631e403182875043a9" FOREIGN KEY ("data_account_id") REFERENCES "data_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_monthly" ADD CONSTRAINT "FK_56cb336935cf3daea05056e1d29" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_monthly" ADD CONSTRAINT "FK_2d25ff0483799e861c3aa28d573" FOREIGN KEY ("data_account_id") REFERENCES "data_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "usage_monthly" DROP CONSTRAINT "FK_2d25ff0483799e861c3aa28d573"`);
        await queryRunner.query(`ALTER TABLE "usage_monthly" DROP CONSTRAINT "FK_56cb336935cf3daea05056e1d29"`);
        await queryRunner.query(`ALTER TABLE "usage_daily" DROP CONSTRAINT "FK_cc1a43523631e403182875043a9"`);
        await queryRunner.query(`ALTER TABLE "usage_daily" DROP CONSTRAINT "FK_ab9a10f0963cdf10bfd64eb48b8"`);
        await queryRunner.query(`ALTER TABLE "usage_alert" DROP CONSTRAINT "FK_3cd43c773187663d6a219c290d3"`);
        await queryRunner.query(`ALTER TABLE "usage_alert" DROP CONSTRAINT "FK_244df961dae382d9513ab2671f4"`);
        await queryRunner.query(`DROP TABLE "usage_watermark"`);
        await queryRunner.query(`DROP INDEX "usage_session_counted_seen_idx"`);
        await queryRunner.query(`DROP TABLE "usage_session_counted"`);
        await queryRunner.query(`DROP INDEX "usage_monthly_customer_idx"`);
        await queryRunner.query(`DROP TABLE "usage_monthly"`);
        await queryRunner.query(`DROP INDEX "usage_daily_customer_idx"`);
        await queryRunner.query(`DROP TABLE "usage_daily"`);
        await queryRunner.query(`DROP INDEX "usage_alert_customer_idx"`);
        await queryRunner.query(`DROP TABLE "usage_alert"`);
    }
}
