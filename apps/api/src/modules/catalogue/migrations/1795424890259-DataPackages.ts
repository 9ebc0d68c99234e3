import type { MigrationInterface, QueryRunner } from "typeorm";

/** DataPackages: generated from the entities; review before committing. */
export class DataPackages1795424890259 implements MigrationInterface {
    name = 'DataPackages1795424890259'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "vat_treatment" AS ENUM('standard', 'zero_rated', 'exempt')`);
        await queryRunner.query(`CREATE TABLE "data_package" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "download_kbps" integer NOT NULL, "upload_kbps" integer NOT NULL, "data_cap_bytes" bigint, "monthly_price_cents" integer NOT NULL, "vat_treatment" "vat_treatment" NOT NULL DEFAULT 'standard', "active" boolean NOT NULL DEFAULT true, "overage_billed" boolean NOT NULL DEFAULT false, "overage_cents_per_gb" integer, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "data_package_name_key" UNIQUE ("name"), CONSTRAINT "data_package_overage_check" CHECK (NOT overage_billed OR overage_cents_per_gb IS NOT NULL), CONSTRAINT "data_package_speeds_check" CHECK (download_kbps > 0 AND upload_kbps > 0), CONSTRAINT "PK_a0686470b4fac10568558ca539a" PRIMARY KEY ("id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "data_package"`);
        await queryRunner.query(`DROP TYPE "vat_treatment"`);
    }
}
