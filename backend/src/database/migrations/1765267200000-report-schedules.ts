import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled status reports. A schedule (monthly or quarterly, on a day of the month every month has)
 * names its recipients; it is edited under its version and removed by marking it (`deleted_at`), so that
 * its runs keep what they refer to. A run reports on one period: at most one per schedule and period
 * (`report_schedule_run_period`), whoever starts it and however often. Runs are history, append-only.
 * A delivery says which of the run's reports (one per scope: cleared for confidential items or not)
 * went to which recipient; it notes when they first read it and when it was e-mailed.
 */
export class ReportSchedules1765267200000 implements MigrationInterface {
  name = 'ReportSchedules1765267200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_schedule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id),
        cadence text NOT NULL CHECK (cadence IN ('monthly', 'quarterly')),
        day_of_month smallint NOT NULL CHECK (day_of_month BETWEEN 1 AND 28),
        language text NOT NULL CHECK (language IN ('en', 'fr')),
        paused boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      );
      CREATE INDEX report_schedule_agreement_idx ON report_schedule (agreement_id) WHERE deleted_at IS NULL;

      CREATE TABLE report_schedule_recipient (
        schedule_id uuid NOT NULL REFERENCES report_schedule (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        PRIMARY KEY (schedule_id, user_id)
      );

      CREATE TABLE report_schedule_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        schedule_id uuid NOT NULL REFERENCES report_schedule (id),
        as_of date NOT NULL,
        previous_as_of date NOT NULL,
        ran_at timestamptz NOT NULL DEFAULT now(),
        -- null: the server's own hourly check
        ran_by uuid REFERENCES app_user (id),
        CONSTRAINT report_schedule_run_period UNIQUE (schedule_id, as_of),
        CONSTRAINT report_schedule_run_days_in_order CHECK (previous_as_of <= as_of)
      );
      CREATE TRIGGER report_schedule_run_append_only BEFORE UPDATE OR DELETE ON report_schedule_run
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER report_schedule_run_no_truncate BEFORE TRUNCATE ON report_schedule_run
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

      CREATE TABLE report_delivery (
        report_id uuid NOT NULL REFERENCES report (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        run_id uuid NOT NULL REFERENCES report_schedule_run (id),
        delivered_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        PRIMARY KEY (report_id, user_id)
      );
      -- A recipient's reports, newest first.
      CREATE INDEX report_delivery_user_idx ON report_delivery (user_id, delivered_at DESC);
      CREATE INDEX report_delivery_run_idx ON report_delivery (run_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TABLE report_delivery, report_schedule_run, report_schedule_recipient, report_schedule',
    );
  }
}
