import type { MigrationInterface, QueryRunner } from "typeorm";

/** Audit actions are named by their modules (note.add), no longer after tables (customer_note.add). */
export class AuditActionNames1795416100000 implements MigrationInterface {
    name = 'AuditActionNames1795416100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "audit_entry" SET "action" = 'note.' || substring("action" from 15) WHERE "action" LIKE 'customer\\_note.%'`);
        await queryRunner.query(`UPDATE "audit_entry" SET "action" = 'address.' || substring("action" from 18) WHERE "action" LIKE 'customer\\_address.%'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`UPDATE "audit_entry" SET "action" = 'customer_note.' || substring("action" from 6) WHERE "action" LIKE 'note.%'`);
        await queryRunner.query(`UPDATE "audit_entry" SET "action" = 'customer_address.' || substring("action" from 9) WHERE "action" LIKE 'address.%'`);
    }
}
