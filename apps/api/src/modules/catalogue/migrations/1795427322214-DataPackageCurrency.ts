import type { MigrationInterface, QueryRunner } from "typeorm";

/** DataPackageCurrency: generated from the entities; review before committing. */
export class DataPackageCurrency1795427322214 implements MigrationInterface {
    name = 'DataPackageCurrency1795427322214'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "data_package" ADD "currency" character(3) NOT NULL DEFAULT 'ZAR'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "data_package" DROP COLUMN "currency"`);
    }
}
