import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quantitative indicators (DDR above all): a number with a unit, a baseline and a target, recorded as of
 * a date, optionally split by the indicator's dimensions (sex, age group, armed group, region). Values
 * follow the rules of status updates: append-only, reviewed once, counted when approved.
 */
export class Indicators1764403200000 implements MigrationInterface {
  name = 'Indicators1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        commitment_id uuid,
        code text NOT NULL,
        name text NOT NULL,
        unit text NOT NULL,
        -- The step of the DDR chain it measures, for the funnel; null for other indicators.
        ddr_stage text CHECK (ddr_stage IN ('registered', 'disarmed', 'demobilized', 'integrated', 'reintegrated')),
        baseline numeric NOT NULL DEFAULT 0 CHECK (baseline >= 0),
        target numeric CHECK (target >= 0),
        target_date date,
        dimensions text[] NOT NULL DEFAULT '{}'
          CHECK (dimensions <@ ARRAY['sex', 'age_group', 'armed_group', 'region']::text[]),
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agreement_id, code),
        CONSTRAINT indicator_agreement_key UNIQUE (id, agreement_id),
        CONSTRAINT indicator_commitment_fkey FOREIGN KEY (commitment_id, agreement_id)
          REFERENCES commitment (id, agreement_id)
      );
      CREATE INDEX indicator_agreement_idx ON indicator (agreement_id, position);

      CREATE TABLE indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        agreement_id uuid NOT NULL REFERENCES agreement (id),
        indicator_id uuid NOT NULL,
        -- The day the figure describes; the cells below add up to it.
        as_of date NOT NULL,
        total numeric NOT NULL CHECK (total >= 0),
        note text NOT NULL,
        source_links jsonb NOT NULL DEFAULT '[]',
        confidential boolean NOT NULL DEFAULT false,
        author_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        returned_at timestamptz,
        return_reason text,
        reviewer_id uuid REFERENCES app_user (id),
        CONSTRAINT indicator_value_indicator_fkey FOREIGN KEY (indicator_id, agreement_id)
          REFERENCES indicator (id, agreement_id),
        CONSTRAINT indicator_value_one_decision CHECK (approved_at IS NULL OR returned_at IS NULL),
        CONSTRAINT indicator_value_return_has_reason CHECK ((returned_at IS NULL) = (return_reason IS NULL)),
        CONSTRAINT indicator_value_return_has_reviewer CHECK (returned_at IS NULL OR reviewer_id IS NOT NULL),
        CONSTRAINT indicator_value_decided_after_recorded CHECK (approved_at >= recorded_at AND returned_at >= recorded_at)
      );
      -- The latest approved value of an indicator as of a day: one index probe.
      CREATE INDEX indicator_value_latest_idx ON indicator_value (indicator_id, as_of DESC, seq DESC)
        INCLUDE (approved_at, total, confidential) WHERE approved_at IS NOT NULL;
      CREATE INDEX indicator_value_pending_idx ON indicator_value (agreement_id, seq) WHERE approved_at IS NULL;

      -- One cell per combination of the dimensions given; absent dimensions are null (not split by them).
      CREATE TABLE indicator_value_cell (
        value_id uuid NOT NULL REFERENCES indicator_value (id),
        sex text CHECK (sex IN ('female', 'male')),
        age_group text CHECK (age_group IN ('child', 'youth', 'adult')),
        armed_group text,
        region text,
        value numeric NOT NULL CHECK (value >= 0)
      );
      CREATE INDEX indicator_value_cell_value_idx ON indicator_value_cell (value_id);

      -- The same one-time review decision as status updates; cells are never changed.
      CREATE FUNCTION reviewed_row_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.approved_at IS NULL AND OLD.returned_at IS NULL
           AND (to_jsonb(NEW) - '{approved_at,returned_at,return_reason,reviewer_id}'::text[])
             = (to_jsonb(OLD) - '{approved_at,returned_at,return_reason,reviewer_id}'::text[]) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, lower(TG_OP) USING ERRCODE = 'restrict_violation';
      END $$;
      CREATE TRIGGER indicator_value_append_only BEFORE UPDATE OR DELETE ON indicator_value
        FOR EACH ROW EXECUTE FUNCTION reviewed_row_append_only();
      CREATE TRIGGER indicator_value_no_truncate BEFORE TRUNCATE ON indicator_value
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER indicator_value_cell_append_only BEFORE UPDATE OR DELETE ON indicator_value_cell
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER indicator_value_cell_no_truncate BEFORE TRUNCATE ON indicator_value_cell
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

      -- The latest approved value of every indicator of an agreement as of a day (effective by then,
      -- approved before that day ended in the agreement's time zone), as status updates count.
      CREATE FUNCTION indicator_value_as_of(p_agreement uuid, p_as_of date, p_confidential boolean)
      RETURNS TABLE (indicator_id uuid, value_id uuid, as_of date, total numeric)
      LANGUAGE sql STABLE AS $$
        SELECT i.id, v.id, v.as_of, v.total
        FROM agreement a
        JOIN indicator i ON i.agreement_id = a.id
        LEFT JOIN LATERAL (
          SELECT iv.id, iv.as_of, iv.total FROM indicator_value iv
          WHERE iv.indicator_id = i.id AND iv.approved_at IS NOT NULL AND iv.as_of <= p_as_of
            AND iv.approved_at < (p_as_of + 1)::timestamp AT TIME ZONE a.time_zone
            AND (p_confidential OR NOT iv.confidential)
          ORDER BY iv.as_of DESC, iv.seq DESC LIMIT 1
        ) v ON true
        WHERE a.id = p_agreement
      $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION indicator_value_as_of(uuid, date, boolean);
      DROP TABLE indicator_value_cell;
      DROP TABLE indicator_value;
      DROP FUNCTION reviewed_row_append_only();
      DROP TABLE indicator;
    `);
  }
}
