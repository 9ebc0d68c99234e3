import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reseller-scoped roles, enforced in the database: a user or API token whose role is
 * `reseller_scoped` must have a reseller (else it would see every customer). A check across
 * tables needs triggers: one on the holders (app_user, api_token) and one on role for the flag
 * itself. They raise check_violation naming `role_reseller_scoped_needs_reseller`.
 * Also the login_attempt table the sign-in limiter keeps its counters in (rate-limiter-flexible's
 * PostgreSQL store, told the table exists).
 */
export class RoleResellerScopedAndLoginAttempts1795419802956 implements MigrationInterface {
    name = 'RoleResellerScopedAndLoginAttempts1795419802956'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_attempt" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("key"))`);
        await queryRunner.query(`ALTER TABLE "role" ADD "reseller_scoped" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`UPDATE "role" SET "reseller_scoped" = true WHERE "name" = 'reseller' AND "builtin"`);
        // Rows that already break the rule are a hole (they see every customer): stop, say which.
        const [{ holders }] = await queryRunner.query(`
            SELECT string_agg(what, ', ') AS holders FROM (
              SELECT 'user ' || u.email AS what FROM "app_user" u JOIN "role" r ON r.id = u.role_id WHERE r.reseller_scoped AND u.reseller_id IS NULL
              UNION ALL
              SELECT 'API token ' || t.name FROM "api_token" t JOIN "role" r ON r.id = t.role_id WHERE r.reseller_scoped AND t.reseller_id IS NULL AND t.revoked_at IS NULL
            ) x`);
        if (holders) throw new Error(`These hold the reseller role without a reseller, so they see every customer: ${holders}. Give each a reseller or another role, then start again.`);
        // Revoked tokens cannot be used; tie them to nothing by deleting them rather than block the rule.
        await queryRunner.query(`DELETE FROM "api_token" t USING "role" r WHERE r.id = t.role_id AND r.reseller_scoped AND t.reseller_id IS NULL`);
        // FOR SHARE: a concurrent change of the role's flag waits for this row's transaction.
        await queryRunner.query(`
            CREATE FUNCTION role_holder_needs_reseller() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            BEGIN
              IF NEW.reseller_id IS NULL AND (SELECT reseller_scoped FROM "role" WHERE id = NEW.role_id FOR SHARE) THEN
                RAISE EXCEPTION 'role % is reseller-scoped: a % with it needs a reseller', (SELECT name FROM "role" WHERE id = NEW.role_id),
                  CASE TG_TABLE_NAME WHEN 'app_user' THEN 'user' ELSE 'API token' END
                  USING ERRCODE = 'check_violation', CONSTRAINT = 'role_reseller_scoped_needs_reseller';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER app_user_role_reseller_scoped BEFORE INSERT OR UPDATE OF role_id, reseller_id ON "app_user" FOR EACH ROW EXECUTE FUNCTION role_holder_needs_reseller()`);
        await queryRunner.query(`CREATE TRIGGER api_token_role_reseller_scoped BEFORE INSERT OR UPDATE OF role_id, reseller_id ON "api_token" FOR EACH ROW EXECUTE FUNCTION role_holder_needs_reseller()`);
        await queryRunner.query(`
            CREATE FUNCTION role_scoped_holders_have_reseller() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM "app_user" WHERE role_id = NEW.id AND reseller_id IS NULL)
                 OR EXISTS (SELECT 1 FROM "api_token" WHERE role_id = NEW.id AND reseller_id IS NULL) THEN
                RAISE EXCEPTION 'role % has users or tokens without a reseller; it cannot become reseller-scoped', NEW.name
                  USING ERRCODE = 'check_violation', CONSTRAINT = 'role_reseller_scoped_needs_reseller';
              END IF;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER role_reseller_scoped BEFORE UPDATE OF reseller_scoped ON "role" FOR EACH ROW WHEN (NEW.reseller_scoped AND NOT OLD.reseller_scoped) EXECUTE FUNCTION role_scoped_holders_have_reseller()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER role_reseller_scoped ON "role"`);
        await queryRunner.query(`DROP FUNCTION role_scoped_holders_have_reseller()`);
        await queryRunner.query(`DROP TRIGGER api_token_role_reseller_scoped ON "api_token"`);
        await queryRunner.query(`DROP TRIGGER app_user_role_reseller_scoped ON "app_user"`);
        await queryRunner.query(`DROP FUNCTION role_holder_needs_reseller()`);
        await queryRunner.query(`ALTER TABLE "role" DROP COLUMN "reseller_scoped"`);
        await queryRunner.query(`DROP TABLE "login_attempt"`);
    }
}
