import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files of bulk imports large enough to run as background jobs: kept from the upload until the job that
 * reads them ends (whichever server runs it), so not history. A file whose job was never queued is removed
 * a day later. Small imports never come here: they are read from the request. The rows being imported go
 * through a temporary table (COPY) created in the import's own transaction, so none is needed here.
 */
export class BulkImport1765180800000 implements MigrationInterface {
  name = 'BulkImport1765180800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        uploaded_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX import_upload_created_idx ON import_upload (created_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE import_upload');
  }
}
