import type { MigrationInterface, QueryRunner } from "typeorm";

/** Progress that running jobs report (the jobs module). */

export class JobProgress1795415402225 implements MigrationInterface {
    name = 'JobProgress1795415402225'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "job_progress" ("job_id" uuid NOT NULL, "done" integer NOT NULL, "total" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "job_progress_pkey" PRIMARY KEY ("job_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "job_progress"`);
    }

}
