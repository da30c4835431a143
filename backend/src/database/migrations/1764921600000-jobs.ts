import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background jobs as the UI follows them (exports, later reports and imports). pg-boss, which runs them,
 * keeps its own queue in the `pgboss` schema (created by pg-boss itself at start); this table is ours:
 * who asked for what, where it stands, why it failed, and where its file is. Rows change state (queued,
 * running, then succeeded or failed) and are not history. A job hangs on its requester and its agreement:
 * deleting either removes it.
 */
export class Jobs1764921600000 implements MigrationInterface {
  name = 'Jobs1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{0,62}$'),
        agreement_id uuid REFERENCES agreement (id) ON DELETE CASCADE,
        requested_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        params jsonb NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
        progress_done bigint NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
        -- Unknown until the job has counted what it has to do.
        progress_total bigint CHECK (progress_total >= 0),
        -- Words a user understands, never a stack; the server's log has the rest under the job's id.
        error_code text,
        error_message text,
        result_key text,
        result_file_name text,
        result_media_type text,
        result_size_bytes bigint CHECK (result_size_bytes >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        -- Touched by the server running the job every few seconds: a running job whose heartbeat stopped
        -- was left by a server that died, and is marked failed.
        heartbeat_at timestamptz,
        CONSTRAINT job_failed_says_why CHECK ((state = 'failed') = (error_code IS NOT NULL AND error_message IS NOT NULL)),
        CONSTRAINT job_file_of_success CHECK (result_key IS NULL OR state = 'succeeded'),
        CONSTRAINT job_file_described CHECK (
          (result_key IS NULL) = (result_file_name IS NULL)
          AND (result_key IS NULL) = (result_media_type IS NULL)
          AND (result_key IS NULL) = (result_size_bytes IS NULL)),
        CONSTRAINT job_finished CHECK ((state IN ('succeeded', 'failed')) = (finished_at IS NOT NULL))
      );
      -- A user's jobs, newest first.
      CREATE INDEX job_requester_idx ON job (requested_by, created_at DESC);
      -- Deleting an agreement finds its jobs without scanning every user's.
      CREATE INDEX job_agreement_idx ON job (agreement_id);
      -- The jobs left running by a server that died.
      CREATE INDEX job_running_idx ON job (heartbeat_at) WHERE state = 'running';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE job');
  }
}
