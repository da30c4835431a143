import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a job could read when it ran, and result files that expire.
 *
 * `scope_confidential` and `scope_all_submissions` say what the requester could read of the job's
 * agreement when the job started (confidential items; others' pending updates): its file holds that, so
 * it is shown and downloaded only by those who can read as much now. Both are null until the job starts
 * (and false for a job on no agreement). Jobs that ran before are taken to have read everything: only
 * those who read everything of their agreement still get their files.
 *
 * A result file is deleted some days after its job succeeded: the job is then `expired`, with no file.
 */
export class JobScope1765353600000 implements MigrationInterface {
  name = 'JobScope1765353600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE job
        ADD COLUMN scope_confidential boolean,
        ADD COLUMN scope_all_submissions boolean,
        ADD CONSTRAINT job_scope_whole CHECK ((scope_confidential IS NULL) = (scope_all_submissions IS NULL));
      UPDATE job SET scope_confidential = agreement_id IS NOT NULL, scope_all_submissions = agreement_id IS NOT NULL
      WHERE started_at IS NOT NULL;

      ALTER TABLE job DROP CONSTRAINT job_state_check, DROP CONSTRAINT job_finished;
      ALTER TABLE job
        ADD CONSTRAINT job_state_check CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'expired')),
        ADD CONSTRAINT job_finished CHECK ((state IN ('succeeded', 'failed', 'expired')) = (finished_at IS NOT NULL));
      -- The files to delete: those of jobs that succeeded longest ago.
      CREATE INDEX job_result_idx ON job (finished_at) WHERE result_key IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX job_result_idx;
      -- An expired job had succeeded; its file is gone either way.
      UPDATE job SET state = 'succeeded' WHERE state = 'expired';
      ALTER TABLE job DROP CONSTRAINT job_state_check, DROP CONSTRAINT job_finished;
      ALTER TABLE job
        ADD CONSTRAINT job_state_check CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
        ADD CONSTRAINT job_finished CHECK ((state IN ('succeeded', 'failed')) = (finished_at IS NOT NULL));
      ALTER TABLE job DROP CONSTRAINT job_scope_whole, DROP COLUMN scope_confidential, DROP COLUMN scope_all_submissions;
    `);
  }
}
