import type { MigrationInterface, QueryRunner } from "typeorm";

/** DataAccountsAndPackageChanges: generated from the entities; review before committing. */
export class DataAccountsAndPackageChanges1795424936975 implements MigrationInterface {
    name = 'DataAccountsAndPackageChanges1795424936975'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "data_account_status" AS ENUM('active', 'suspended', 'cancelled')`);
        await queryRunner.query(`CREATE TABLE "data_account" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "password_hash" text NOT NULL, "package_id" uuid NOT NULL, "status" "data_account_status" NOT NULL DEFAULT 'active', "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "start_date" date NOT NULL, "end_date" date, "static_ip" inet, "address_id" uuid, "notes" text, "custom_price_cents" integer, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "data_account_static_ip_key" UNIQUE ("static_ip"), CONSTRAINT "data_account_username_key" UNIQUE ("username"), CONSTRAINT "PK_8a8b19bba96952af65ff6f6f95d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "data_account_customer_idx" ON "data_account"  ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "data_account_package_idx" ON "data_account"  ("package_id") `);
        await queryRunner.query(`CREATE TYPE "package_change_state" AS ENUM('scheduled', 'applied', 'cancelled', 'failed')`);
        await queryRunner.query(`CREATE TABLE "package_change" ("customer_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "data_account_id" uuid NOT NULL, "from_package_id" uuid NOT NULL, "to_package_id" uuid NOT NULL, "effective_date" date NOT NULL, "state" "package_change_state" NOT NULL DEFAULT 'scheduled', "immediate" boolean NOT NULL DEFAULT false, "submitted_by_id" uuid, "submitted_by_name" text NOT NULL, "submitted_by_reseller_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, "reason" text, CONSTRAINT "PK_a3a5d61b1938ccdac7c86bf5216" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "package_change_customer_idx" ON "package_change"  ("customer_id") `);
        await queryRunner.query(`CREATE INDEX "package_change_due" ON "package_change"  ("effective_date") WHERE "state" = 'scheduled'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "package_change_one_scheduled" ON "package_change"  ("data_account_id") WHERE "state" = 'scheduled'`);
        await queryRunner.query(`ALTER TABLE "data_account" ADD CONSTRAINT "FK_76b94588ea3f7d4449faa0394a4" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "data_account" ADD CONSTRAINT "FK_3ee420686c5307fccaa77e227ac" FOREIGN KEY ("package_id") REFERENCES "data_package"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "data_account" ADD CONSTRAINT "FK_a57516ebe08fc563b30b6746094" FOREIGN KEY ("address_id") REFERENCES "customer_address"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "package_change" ADD CONSTRAINT "FK_c39dcf15f346d20cf3bfdeeb2ae" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "package_change" ADD CONSTRAINT "FK_85509ea16e986458ca7aa75edbc" FOREIGN KEY ("data_account_id") REFERENCES "data_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "package_change" ADD CONSTRAINT "FK_41b78d5c46bfa8fece952527896" FOREIGN KEY ("from_package_id") REFERENCES "data_package"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "package_change" ADD CONSTRAINT "FK_3aa217754c656e6cccf523bb576" FOREIGN KEY ("to_package_id") REFERENCES "data_package"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "package_change" DROP CONSTRAINT "FK_3aa217754c656e6cccf523bb576"`);
        await queryRunner.query(`ALTER TABLE "package_change" DROP CONSTRAINT "FK_41b78d5c46bfa8fece952527896"`);
        await queryRunner.query(`ALTER TABLE "package_change" DROP CONSTRAINT "FK_85509ea16e986458ca7aa75edbc"`);
        await queryRunner.query(`ALTER TABLE "package_change" DROP CONSTRAINT "FK_c39dcf15f346d20cf3bfdeeb2ae"`);
        await queryRunner.query(`ALTER TABLE "data_account" DROP CONSTRAINT "FK_a57516ebe08fc563b30b6746094"`);
        await queryRunner.query(`ALTER TABLE "data_account" DROP CONSTRAINT "FK_3ee420686c5307fccaa77e227ac"`);
        await queryRunner.query(`ALTER TABLE "data_account" DROP CONSTRAINT "FK_76b94588ea3f7d4449faa0394a4"`);
        await queryRunner.query(`DROP INDEX "package_change_one_scheduled"`);
        await queryRunner.query(`DROP INDEX "package_change_due"`);
        await queryRunner.query(`DROP INDEX "package_change_customer_idx"`);
        await queryRunner.query(`DROP TABLE "package_change"`);
        await queryRunner.query(`DROP TYPE "package_change_state"`);
        await queryRunner.query(`DROP INDEX "data_account_package_idx"`);
        await queryRunner.query(`DROP INDEX "data_account_customer_idx"`);
        await queryRunner.query(`DROP TABLE "data_account"`);
        await queryRunner.query(`DROP TYPE "data_account_status"`);
    }
}
