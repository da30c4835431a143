import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Status reports: the figures of an agreement as of a day, frozen when generated (`figures`), with the
 * hash of their canonical JSON. The PDF is not stored: it is printed again from these figures on each
 * download. Reports are a record, append-only like the audit trail: a report is never changed or
 * removed, a new one is generated instead. `includes_confidential` says which reader's figures they are
 * (a member cleared for confidential items, or not): only cleared members see a report that includes them.
 */
export class Reports1765094400000 implements MigrationInterface {
  name = 'Reports1765094400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id),
        as_of date NOT NULL,
        previous_as_of date NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'fr')),
        filters jsonb NOT NULL,
        includes_confidential boolean NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        generated_by uuid NOT NULL REFERENCES app_user (id),
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        figures jsonb NOT NULL,
        CONSTRAINT report_days_in_order CHECK (previous_as_of <= as_of)
      );
      -- An agreement's reports, newest first; and the latest before a day (the default "previous" report).
      CREATE INDEX report_agreement_idx ON report (agreement_id, generated_at DESC);
      CREATE INDEX report_agreement_day_idx ON report (agreement_id, as_of DESC);
      CREATE TRIGGER report_append_only BEFORE UPDATE OR DELETE ON report
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER report_no_truncate BEFORE TRUNCATE ON report
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report');
  }
}
