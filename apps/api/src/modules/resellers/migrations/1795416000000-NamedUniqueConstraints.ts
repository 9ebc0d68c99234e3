import type { MigrationInterface, QueryRunner } from "typeorm";

/** Unique constraints named for what they guard, so errors can name the field (not a generated hash). */
export class NamedUniqueConstraints1795416000000 implements MigrationInterface {
    name = 'NamedUniqueConstraints1795416000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reseller" RENAME CONSTRAINT "UQ_4993ba05f9437d2c32ea8adde42" TO "reseller_name_key"`);
        await queryRunner.query(`ALTER TABLE "reseller" RENAME CONSTRAINT "UQ_1c5ce2e715bfe8301ac7c0b6809" TO "reseller_code_key"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "reseller" RENAME CONSTRAINT "reseller_code_key" TO "UQ_1c5ce2e715bfe8301ac7c0b6809"`);
        await queryRunner.query(`ALTER TABLE "reseller" RENAME CONSTRAINT "reseller_name_key" TO "UQ_4993ba05f9437d2c32ea8adde42"`);
    }
}
