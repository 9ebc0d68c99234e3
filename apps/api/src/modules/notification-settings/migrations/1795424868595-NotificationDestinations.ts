import type { MigrationInterface, QueryRunner } from "typeorm";

/** Notification settings: where each kind of message goes, by email and SMS. */

export class NotificationDestinations1795424868595 implements MigrationInterface {
    name = 'NotificationDestinations1795424868595'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "notification_kind" AS ENUM('invoice', 'usage_alert', 'suspension_warning', 'ticket_reply')`);
        await queryRunner.query(`CREATE TYPE "notification_channel" AS ENUM('email', 'sms')`);
        await queryRunner.query(`CREATE TABLE "notification_destination" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "notification_kind" NOT NULL, "channel" "notification_channel" NOT NULL, "address" text NOT NULL, "position" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b814059ad4ba859a41f67e0e2df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "notification_destination_key" ON "notification_destination"  ("customer_id", "kind", "channel", "address") `);
        await queryRunner.query(`ALTER TABLE "notification_destination" ADD CONSTRAINT "FK_ac607879fec4721108659d3a48c" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_destination" DROP CONSTRAINT "FK_ac607879fec4721108659d3a48c"`);
        await queryRunner.query(`DROP INDEX "notification_destination_key"`);
        await queryRunner.query(`DROP TABLE "notification_destination"`);
        await queryRunner.query(`DROP TYPE "notification_channel"`);
        await queryRunner.query(`DROP TYPE "notification_kind"`);
    }
}
