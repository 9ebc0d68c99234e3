import type { MigrationInterface, QueryRunner } from "typeorm";

/** PackageChangeAppliedHistory: generated from the entities; review before committing. */
export class PackageChangeAppliedHistory1795467942056 implements MigrationInterface {
    name = 'PackageChangeAppliedHistory1795467942056'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "package_change_applied_history" ON "package_change"  ("data_account_id", "effective_date") WHERE "state" = 'applied'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "package_change_applied_history"`);
    }
}
