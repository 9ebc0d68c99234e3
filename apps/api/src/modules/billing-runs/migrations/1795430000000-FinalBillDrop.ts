import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Final Bill customers are dropped by the first run after they are settled: the outcome, and which periods were billed as Final Bill. */
export class FinalBillDrop1795430000000 implements MigrationInterface {
  name = 'FinalBillDrop1795430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "billed_outcome" ADD VALUE 'dropped'`);
    await queryRunner.query(`ALTER TABLE "billed_period" ADD "final_bill" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "billed_period" DROP COLUMN "final_bill"`);
    await queryRunner.query(`DELETE FROM "billed_period" WHERE "outcome" = 'dropped'`);
    await queryRunner.query(`ALTER TYPE "billed_outcome" RENAME TO "billed_outcome_old"`);
    await queryRunner.query(`CREATE TYPE "billed_outcome" AS ENUM('invoiced', 'accumulated', 'rolled_forward', 'nothing')`);
    await queryRunner.query(`ALTER TABLE "billed_period" ALTER COLUMN "outcome" TYPE "billed_outcome" USING "outcome"::text::"billed_outcome"`);
    await queryRunner.query(`DROP TYPE "billed_outcome_old"`);
  }
}
