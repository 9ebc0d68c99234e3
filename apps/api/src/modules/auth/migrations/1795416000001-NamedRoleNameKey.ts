import type { MigrationInterface, QueryRunner } from "typeorm";

/** The role name constraint named for what it guards. */
export class NamedRoleNameKey1795416000001 implements MigrationInterface {
    name = 'NamedRoleNameKey1795416000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "role" RENAME CONSTRAINT "UQ_ae4578dcaed5adff96595e61660" TO "role_name_key"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "role" RENAME CONSTRAINT "role_name_key" TO "UQ_ae4578dcaed5adff96595e61660"`);
    }
}
