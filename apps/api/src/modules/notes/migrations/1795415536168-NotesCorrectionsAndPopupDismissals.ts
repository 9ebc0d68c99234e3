import type { MigrationInterface, QueryRunner } from "typeorm";

/** Notes: edited_at for corrections by their author; who dismissed which pop-up note. */

export class NotesCorrectionsAndPopupDismissals1795415536168 implements MigrationInterface {
    name = 'NotesCorrectionsAndPopupDismissals1795415536168'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "popup_note_dismissal" ("user_id" uuid NOT NULL, "note_id" uuid NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f6f2732def9272f19f2cd694453" PRIMARY KEY ("user_id", "note_id"))`);
        await queryRunner.query(`CREATE INDEX "popup_note_dismissal_note_idx" ON "popup_note_dismissal"  ("note_id") `);
        await queryRunner.query(`ALTER TABLE "customer_note" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "popup_note_dismissal" ADD CONSTRAINT "FK_e3ecac9207b9a910df8ff67b115" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "popup_note_dismissal" ADD CONSTRAINT "FK_f7c935259fd17fdaa1d9c341f81" FOREIGN KEY ("note_id") REFERENCES "customer_note"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "popup_note_dismissal" DROP CONSTRAINT "FK_f7c935259fd17fdaa1d9c341f81"`);
        await queryRunner.query(`ALTER TABLE "popup_note_dismissal" DROP CONSTRAINT "FK_e3ecac9207b9a910df8ff67b115"`);
        await queryRunner.query(`ALTER TABLE "customer_note" DROP COLUMN "edited_at"`);
        await queryRunner.query(`DROP TABLE "popup_note_dismissal"`);
    }

}
