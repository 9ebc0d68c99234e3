import type { MigrationInterface, QueryRunner } from "typeorm";

/** The admin screens: one-time password links (invites and resets), last sign-in, token last use. */

export class AdminScreens1795415375643 implements MigrationInterface {
    name = 'AdminScreens1795415375643'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "password_link_purpose" AS ENUM('invite', 'reset')`);
        await queryRunner.query(`CREATE TABLE "password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "purpose" "password_link_purpose" NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3c8fd40434c805db4646e78a44f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "password_link_hash_key" ON "password_link"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "password_link_user_idx" ON "password_link"  ("user_id") `);
        await queryRunner.query(`ALTER TABLE "app_user" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "api_token" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "password_link" ADD CONSTRAINT "FK_9626f4b738c896096be55ad7e19" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "FK_9626f4b738c896096be55ad7e19"`);
        // Users still waiting to set a password get a hash no password matches.
        await queryRunner.query(`UPDATE "app_user" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "last_used_at"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_sign_in_at"`);
        await queryRunner.query(`DROP INDEX "password_link_user_idx"`);
        await queryRunner.query(`DROP INDEX "password_link_hash_key"`);
        await queryRunner.query(`DROP TABLE "password_link"`);
        await queryRunner.query(`DROP TYPE "password_link_purpose"`);
    }

}
