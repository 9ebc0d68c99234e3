import type { MigrationInterface, QueryRunner } from "typeorm";

/** WidgetRecentIndexes: generated from the entities; review before committing. */
export class WidgetRecentIndexes1795468031144 implements MigrationInterface {
    name = 'WidgetRecentIndexes1795468031144'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "invoice_customer_recent" ON "invoice"  ("customer_id", "invoice_date", "created_at") `);
        await queryRunner.query(`CREATE INDEX "payment_customer_recent" ON "payment"  ("customer_id", "received_on", "created_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "payment_customer_recent"`);
        await queryRunner.query(`DROP INDEX "invoice_customer_recent"`);
    }
}
