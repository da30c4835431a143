import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Importing agreements from PA-X exports. An upload's checked rows are kept a day so that an administrator
 * can search them and pick agreements; an imported agreement remembers the PA-X row it came from, and which
 * of its parties, pillars and placeholder commitments the import made (by stable keys), so that importing it
 * again adds what is missing and never duplicates.
 */
export class PaxImport1765008000000 implements MigrationInterface {
  name = 'PaxImport1765008000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE pax_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        file_name text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        coding_columns text[] NOT NULL DEFAULT '{}',
        ignored_columns text[] NOT NULL DEFAULT '{}',
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK (expires_at > uploaded_at)
      );
      CREATE INDEX pax_upload_expires_idx ON pax_upload (expires_at);

      CREATE TABLE pax_upload_row (
        upload_id uuid NOT NULL REFERENCES pax_upload (id) ON DELETE CASCADE,
        agt_id integer NOT NULL CHECK (agt_id > 0),
        row_number integer NOT NULL,
        name text NOT NULL,
        country text NOT NULL,
        -- The countries and entities the country field names ('Mali/(Azawad)': Mali, Azawad): what the
        -- country filter matches, whatever the case.
        countries text[] NOT NULL,
        signed_on date NOT NULL,
        stage text NOT NULL,
        -- Every metadata column of the row, and the coding columns coded above 0 with their level.
        fields jsonb NOT NULL,
        coding jsonb NOT NULL,
        PRIMARY KEY (upload_id, agt_id)
      );
      CREATE INDEX pax_upload_row_signed_idx ON pax_upload_row (upload_id, signed_on, agt_id);

      -- The PA-X row an agreement was last imported from. 'created': the import made the agreement and keeps
      -- its metadata in step with PA-X; 'linked': the agreement existed with this PA-X id and keeps its own.
      CREATE TABLE pax_agreement_source (
        agreement_id uuid PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,
        origin text NOT NULL CHECK (origin IN ('created', 'linked')),
        stage text NOT NULL,
        link text NOT NULL,
        fields jsonb NOT NULL,
        coding jsonb NOT NULL,
        file_sha256 text NOT NULL,
        imported_by uuid NOT NULL REFERENCES app_user (id),
        first_imported_at timestamptz NOT NULL DEFAULT now(),
        last_imported_at timestamptz NOT NULL DEFAULT now()
      );

      -- What an import made in an agreement, by a key stable across imports: a party by its role and name,
      -- a pillar by its theme, a placeholder commitment by its PA-X coding column.
      CREATE TABLE pax_import_item (
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('party', 'pillar', 'commitment')),
        key text NOT NULL,
        entity_id uuid NOT NULL,
        PRIMARY KEY (agreement_id, kind, key)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE pax_import_item, pax_agreement_source, pax_upload_row, pax_upload');
  }
}
