import type { MigrationInterface, QueryRunner } from "typeorm";

/** The API foundation: resellers, roles and users, sessions and API tokens, customers, contacts, addresses, notes, audit. */

export class Init1763800000000 implements MigrationInterface {
    name = 'Init1763800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reseller" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4993ba05f9437d2c32ea8adde42" UNIQUE ("name"), CONSTRAINT "UQ_1c5ce2e715bfe8301ac7c0b6809" UNIQUE ("code"), CONSTRAINT "PK_fbb203c7b490e89a011e62f2faf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "permissions" text array NOT NULL DEFAULT '{}', "builtin" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_ae4578dcaed5adff96595e61660" UNIQUE ("name"), CONSTRAINT "PK_b36bcfe02fc8de3c57a8b2391c2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role_id" uuid NOT NULL, "reseller_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `);
        await queryRunner.query(`CREATE INDEX "app_user_role_idx" ON "app_user"  ("role_id") `);
        await queryRunner.query(`CREATE INDEX "app_user_reseller_idx" ON "app_user"  ("reseller_id") `);
        await queryRunner.query(`CREATE TYPE "customer_status" AS ENUM('active', 'active_do_not_bill', 'final_bill', 'dropped')`);
        await queryRunner.query(`CREATE TYPE "customer_type" AS ENUM('residential', 'business')`);
        await queryRunner.query(`CREATE TABLE "customer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_number" text NOT NULL, "name" text NOT NULL, "company_name" text, "status" "customer_status" NOT NULL DEFAULT 'active', "customer_type" "customer_type" NOT NULL DEFAULT 'residential', "customer_group" text, "emails" text array NOT NULL DEFAULT '{}', "phone" text, "mobile" text, "vat_number" text, "account_manager_id" uuid, "reseller_id" uuid, "latitude" numeric(9,6), "longitude" numeric(9,6), "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "balance_cents" bigint NOT NULL DEFAULT '0', "currency" character(3) NOT NULL DEFAULT 'ZAR', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "physical_line1" text, "physical_line2" text, "physical_city" text, "physical_region" text, "physical_postal_code" text, "physical_country" text, "postal_line1" text, "postal_line2" text, "postal_city" text, "postal_region" text, "postal_postal_code" text, "postal_country" text, CONSTRAINT "PK_a7a13f4cacb744524e44dfdad32" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "customer_account_number_key" ON "customer"  ("account_number") `);
        await queryRunner.query(`CREATE INDEX "customer_account_manager_idx" ON "customer"  ("account_manager_id") `);
        await queryRunner.query(`CREATE INDEX "customer_reseller_idx" ON "customer"  ("reseller_id") `);
        await queryRunner.query(`CREATE INDEX "customer_list_order" ON "customer"  ("name", "id") `);
        await queryRunner.query(`CREATE TYPE "actor_kind" AS ENUM('staff', 'api_token', 'system')`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" BIGSERIAL NOT NULL, "customer_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_kind" "actor_kind" NOT NULL, "actor_name" text NOT NULL, "client" text NOT NULL, "action" text NOT NULL, "target" text, "field" text, "old_value" text, "new_value" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_customer_recent" ON "audit_entry"  ("customer_id", "id") `);
        await queryRunner.query(`CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "token_hash" text NOT NULL, "role_id" uuid NOT NULL, "reseller_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "api_token_hash_key" ON "api_token"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "session_token_hash_key" ON "session"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "session_user_idx" ON "session"  ("user_id") `);
        await queryRunner.query(`CREATE TYPE "address_kind" AS ENUM('home', 'business', 'installation', 'billing', 'other')`);
        await queryRunner.query(`CREATE TABLE "customer_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "label" text NOT NULL, "kind" "address_kind" NOT NULL DEFAULT 'other', "latitude" numeric(9,6), "longitude" numeric(9,6), "notes" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "line1" text, "line2" text, "city" text, "region" text, "postal_code" text, "country" text, CONSTRAINT "PK_23810fb397050d8ac37dae44ff6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "customer_address_customer_idx" ON "customer_address"  ("customer_id") `);
        await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "name" text NOT NULL, "role" text, "phone" text, "email" text, "is_primary" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "contact_customer_idx" ON "contact"  ("customer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "contact_one_primary" ON "contact"  ("customer_id") WHERE "is_primary"`);
        await queryRunner.query(`CREATE TYPE "note_category" AS ENUM('account', 'billing', 'other')`);
        await queryRunner.query(`CREATE TABLE "customer_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "body" text NOT NULL, "category" "note_category" NOT NULL DEFAULT 'other', "popup" boolean NOT NULL DEFAULT false, "author_id" uuid, "author_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e700b546f463550a4c04324ba80" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "customer_note_popup" ON "customer_note"  ("customer_id") WHERE "popup"`);
        await queryRunner.query(`CREATE INDEX "customer_note_recent" ON "customer_note"  ("customer_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_00b3d05ef2cf349712d4bd2513f" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_364171bf0a2f90769e92368bac3" FOREIGN KEY ("reseller_id") REFERENCES "reseller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer" ADD CONSTRAINT "FK_2bc5c547acc4760b5d8c720ea26" FOREIGN KEY ("account_manager_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer" ADD CONSTRAINT "FK_85b07286e8a1b4c3901a6030b97" FOREIGN KEY ("reseller_id") REFERENCES "reseller"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_f8b5f39b740dfa9201079ff38db" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_e09c15017889384660f4ba8b8e8" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_token" ADD CONSTRAINT "FK_ed9af63813960f17fc537791124" FOREIGN KEY ("reseller_id") REFERENCES "reseller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_address" ADD CONSTRAINT "FK_1f5ed21a5f3390cdbafb6f22452" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_2838ec3d713f319d148e5987b1c" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customer_note" ADD CONSTRAINT "FK_5b689e261c3a797f70b863236a9" FOREIGN KEY ("customer_id") REFERENCES "customer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Search (SmartSearch/QuickSearch): one trigram index over the text an agent types.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`);
        await queryRunner.query(`CREATE SEQUENCE "customer_account_number_seq" START 100001`);
        await queryRunner.query(`CREATE FUNCTION customer_search_text(name text, company text, account text, emails text[], phone text, mobile text)
            RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT lower(concat_ws(' ', name, company, account, array_to_string(emails, ' '), phone, mobile,
                  regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), regexp_replace(coalesce(mobile, ''), '[^0-9]', '', 'g'))) $$`);
        await queryRunner.query(`CREATE INDEX "customer_search_trgm" ON "customer" USING gin (customer_search_text("name", "company_name", "account_number", "emails", "phone", "mobile") public.gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "customer_search_trgm"`);
        await queryRunner.query(`DROP FUNCTION customer_search_text`);
        await queryRunner.query(`DROP SEQUENCE "customer_account_number_seq"`);
        await queryRunner.query(`ALTER TABLE "customer_note" DROP CONSTRAINT "FK_5b689e261c3a797f70b863236a9"`);
        await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_2838ec3d713f319d148e5987b1c"`);
        await queryRunner.query(`ALTER TABLE "customer_address" DROP CONSTRAINT "FK_1f5ed21a5f3390cdbafb6f22452"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
        await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_ed9af63813960f17fc537791124"`);
        await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_e09c15017889384660f4ba8b8e8"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_f8b5f39b740dfa9201079ff38db"`);
        await queryRunner.query(`ALTER TABLE "customer" DROP CONSTRAINT "FK_85b07286e8a1b4c3901a6030b97"`);
        await queryRunner.query(`ALTER TABLE "customer" DROP CONSTRAINT "FK_2bc5c547acc4760b5d8c720ea26"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_364171bf0a2f90769e92368bac3"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_00b3d05ef2cf349712d4bd2513f"`);
        await queryRunner.query(`DROP INDEX "customer_note_recent"`);
        await queryRunner.query(`DROP INDEX "customer_note_popup"`);
        await queryRunner.query(`DROP TABLE "customer_note"`);
        await queryRunner.query(`DROP TYPE "note_category"`);
        await queryRunner.query(`DROP INDEX "contact_one_primary"`);
        await queryRunner.query(`DROP INDEX "contact_customer_idx"`);
        await queryRunner.query(`DROP TABLE "contact"`);
        await queryRunner.query(`DROP INDEX "customer_address_customer_idx"`);
        await queryRunner.query(`DROP TABLE "customer_address"`);
        await queryRunner.query(`DROP TYPE "address_kind"`);
        await queryRunner.query(`DROP INDEX "session_user_idx"`);
        await queryRunner.query(`DROP INDEX "session_token_hash_key"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "api_token_hash_key"`);
        await queryRunner.query(`DROP TABLE "api_token"`);
        await queryRunner.query(`DROP INDEX "audit_entry_customer_recent"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP TYPE "actor_kind"`);
        await queryRunner.query(`DROP INDEX "customer_list_order"`);
        await queryRunner.query(`DROP INDEX "customer_reseller_idx"`);
        await queryRunner.query(`DROP INDEX "customer_account_manager_idx"`);
        await queryRunner.query(`DROP INDEX "customer_account_number_key"`);
        await queryRunner.query(`DROP TABLE "customer"`);
        await queryRunner.query(`DROP TYPE "customer_type"`);
        await queryRunner.query(`DROP TYPE "customer_status"`);
        await queryRunner.query(`DROP INDEX "app_user_reseller_idx"`);
        await queryRunner.query(`DROP INDEX "app_user_role_idx"`);
        await queryRunner.query(`DROP INDEX "app_user_email_key"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TABLE "role"`);
        await queryRunner.query(`DROP TABLE "reseller"`);
    }

}
