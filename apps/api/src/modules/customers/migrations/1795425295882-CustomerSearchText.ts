import type { MigrationInterface, QueryRunner } from 'typeorm';

const EXPRESSION = 'customer_search_text(name, company_name, account_number, emails, phone, mobile)';

/**
 * Search reads a stored `search_text` (the trigram index moves onto it), so checking a row is a
 * plain LIKE; 1-2 letter terms, which trigrams cannot serve, use a name-prefix index. Generated
 * with `npm run migration:generate`, then the indexes added by hand (TypeORM cannot express an
 * operator class), and TypeORM's record of the column's expression written for the database
 * and schema the migration runs in, not the scratch database it was generated in.
 */
export class CustomerSearchText1795425295882 implements MigrationInterface {
  name = 'CustomerSearchText1795425295882';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "customer" ADD "search_text" text GENERATED ALWAYS AS (${EXPRESSION}) STORED`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`,
      ['customer', 'GENERATED_COLUMN', 'search_text', EXPRESSION],
    );
    await queryRunner.query(`DROP INDEX "customer_search_trgm"`);
    await queryRunner.query(`CREATE INDEX "customer_search_trgm" ON "customer" USING gin ("search_text" public.gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "customer_name_prefix" ON "customer" (lower("name") text_pattern_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customer_name_prefix"`);
    await queryRunner.query(`DROP INDEX "customer_search_trgm"`);
    await queryRunner.query(`CREATE INDEX "customer_search_trgm" ON "customer" USING gin (${EXPRESSION.replace(/(\w+)(?=[,)])/g, '"$1"')} public.gin_trgm_ops)`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3`,
      ['GENERATED_COLUMN', 'search_text', 'customer'],
    );
    await queryRunner.query(`ALTER TABLE "customer" DROP COLUMN "search_text"`);
  }
}
