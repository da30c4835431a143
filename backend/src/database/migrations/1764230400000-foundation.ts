import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema. Status updates are append-only: triggers refuse DELETE, TRUNCATE and any UPDATE
 * except the one-time setting of `approved_at` (the review step). Current and past statuses are derived
 * by `milestone_status_as_of` / `commitment_status_as_of`, which every figure uses.
 */
export class Foundation1764230400000 implements MigrationInterface {
  name = 'Foundation1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'monitor', 'viewer')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      CREATE TABLE assessment_scale (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_key text NOT NULL
      );
      CREATE TABLE assessment_level (
        scale_id uuid NOT NULL REFERENCES assessment_scale (id),
        value smallint NOT NULL,
        label_key text NOT NULL,
        pam_score numeric(3, 2) NOT NULL CHECK (pam_score BETWEEN 0 AND 3),
        PRIMARY KEY (scale_id, value)
      );

      CREATE TABLE agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        short_title text NOT NULL,
        country text NOT NULL,
        signed_on date NOT NULL,
        description text NOT NULL DEFAULT '',
        pax_id integer UNIQUE,
        scale_id uuid NOT NULL REFERENCES assessment_scale (id),
        -- The calendar of the agreement's dates: "today", deadlines and as-of days are days there.
        time_zone text NOT NULL DEFAULT 'UTC',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE pillar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        code text NOT NULL,
        name text NOT NULL,
        theme text NOT NULL CHECK (theme IN ('political_institutional', 'defence_security', 'development', 'reconciliation_justice', 'other')),
        position integer NOT NULL,
        UNIQUE (agreement_id, code)
      );

      CREATE TABLE party (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES party (id),
        name text NOT NULL,
        acronym text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('government', 'coalition', 'movement', 'mediator', 'international')),
        position integer NOT NULL
      );
      CREATE INDEX party_agreement_idx ON party (agreement_id, position);

      CREATE TABLE monitoring_body (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        name text NOT NULL,
        acronym text NOT NULL,
        description text NOT NULL DEFAULT '',
        position integer NOT NULL
      );
      CREATE INDEX monitoring_body_agreement_idx ON monitoring_body (agreement_id, position);

      CREATE TABLE text_section (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES text_section (id),
        kind text NOT NULL CHECK (kind IN ('title', 'chapter', 'article', 'annex')),
        number text NOT NULL,
        heading text NOT NULL,
        body text,
        position integer NOT NULL
      );
      CREATE INDEX text_section_agreement_idx ON text_section (agreement_id, position);

      CREATE TABLE commitment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        pillar_id uuid NOT NULL,
        section_id uuid,
        reference text NOT NULL,
        title text NOT NULL,
        text text NOT NULL DEFAULT '',
        deadline date,
        deadline_note text,
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      -- Composite keys keep every row inside one agreement: a commitment's pillar and article are the
      -- agreement's own, and so are its milestones and their updates (scoping holds in the data itself).
      ALTER TABLE pillar ADD CONSTRAINT pillar_agreement_key UNIQUE (id, agreement_id);
      ALTER TABLE text_section ADD CONSTRAINT text_section_agreement_key UNIQUE (id, agreement_id);
      ALTER TABLE commitment
        ADD CONSTRAINT commitment_pillar_fkey FOREIGN KEY (pillar_id, agreement_id) REFERENCES pillar (id, agreement_id),
        ADD CONSTRAINT commitment_section_fkey FOREIGN KEY (section_id, agreement_id)
          REFERENCES text_section (id, agreement_id),
        ADD CONSTRAINT commitment_agreement_key UNIQUE (id, agreement_id);
      CREATE INDEX commitment_agreement_idx ON commitment (agreement_id, position);
      CREATE INDEX commitment_pillar_idx ON commitment (pillar_id);

      CREATE TABLE commitment_party (
        commitment_id uuid NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
        party_id uuid NOT NULL REFERENCES party (id),
        PRIMARY KEY (commitment_id, party_id)
      );
      CREATE INDEX commitment_party_party_idx ON commitment_party (party_id);

      CREATE TABLE milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        commitment_id uuid NOT NULL,
        title text NOT NULL,
        description text,
        due_date date,
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE milestone
        ADD CONSTRAINT milestone_commitment_fkey FOREIGN KEY (commitment_id, agreement_id)
          REFERENCES commitment (id, agreement_id) ON DELETE CASCADE,
        ADD CONSTRAINT milestone_agreement_key UNIQUE (id, agreement_id);
      CREATE INDEX milestone_commitment_idx ON milestone (commitment_id, position);
      CREATE INDEX milestone_agreement_idx ON milestone (agreement_id);

      CREATE TABLE status_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        agreement_id uuid NOT NULL REFERENCES agreement (id),
        milestone_id uuid NOT NULL,
        effective_date date NOT NULL,
        -- The level on the scale the agreement used when the update was recorded, and its PAM score then.
        scale_id uuid NOT NULL REFERENCES assessment_scale (id),
        level smallint,
        pam_score numeric(3, 2) CHECK (pam_score BETWEEN 0 AND 3),
        operational_status text CHECK (operational_status IN ('on_track', 'delayed', 'stalled', 'cancelled')),
        narrative text NOT NULL,
        source_links jsonb NOT NULL DEFAULT '[]',
        author_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        CONSTRAINT status_update_milestone_fkey FOREIGN KEY (milestone_id, agreement_id) REFERENCES milestone (id, agreement_id),
        CONSTRAINT status_update_level_on_scale FOREIGN KEY (scale_id, level) REFERENCES assessment_level (scale_id, value),
        CONSTRAINT status_update_says_something CHECK (level IS NOT NULL OR operational_status IS NOT NULL),
        CONSTRAINT status_update_score_mapped CHECK ((level IS NULL) = (pam_score IS NULL)),
        CONSTRAINT status_update_approved_after_recorded CHECK (approved_at >= recorded_at)
      );
      -- Latest score / latest operational status of a milestone as of a date: one index probe each,
      -- answered from the index alone (INCLUDE) where the visibility map allows.
      CREATE INDEX status_update_latest_score_idx ON status_update (milestone_id, effective_date DESC, seq DESC)
        INCLUDE (approved_at, level, pam_score) WHERE level IS NOT NULL AND approved_at IS NOT NULL;
      CREATE INDEX status_update_latest_status_idx ON status_update (milestone_id, effective_date DESC, seq DESC)
        INCLUDE (approved_at, operational_status) WHERE operational_status IS NOT NULL AND approved_at IS NOT NULL;
      -- Full history of a milestone, and "what changed" windows per agreement.
      CREATE INDEX status_update_history_idx ON status_update (milestone_id, effective_date DESC, seq DESC);
      CREATE INDEX status_update_agreement_idx ON status_update (agreement_id, effective_date);

      CREATE FUNCTION status_update_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.approved_at IS NULL
           AND (to_jsonb(NEW) - 'approved_at') = (to_jsonb(OLD) - 'approved_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'status updates are append-only: % refused', lower(TG_OP) USING ERRCODE = 'restrict_violation';
      END $$;
      CREATE TRIGGER status_update_append_only BEFORE UPDATE OR DELETE ON status_update
        FOR EACH ROW EXECUTE FUNCTION status_update_append_only();
      CREATE TRIGGER status_update_no_truncate BEFORE TRUNCATE ON status_update
        FOR EACH STATEMENT EXECUTE FUNCTION status_update_append_only();

      -- The status of every milestone of an agreement as of a date, from approved updates only: effective
      -- on or before that date, approved before that date ended in the agreement's time zone.
      -- A milestone is overdue when its due date has passed, it is not full and not cancelled.
      CREATE FUNCTION milestone_status_as_of(p_agreement uuid, p_as_of date)
      RETURNS TABLE (milestone_id uuid, commitment_id uuid, due_date date, level smallint, pam_score numeric,
                     operational_status text, last_effective_date date, overdue boolean)
      LANGUAGE sql STABLE AS $$
        SELECT m.id, m.commitment_id, m.due_date, score.level, score.pam_score, status.operational_status,
               GREATEST(score.effective_date, status.effective_date),
               m.due_date < p_as_of AND coalesce(score.pam_score, 0) < 3
                 AND status.operational_status IS DISTINCT FROM 'cancelled'
        FROM agreement a
        JOIN milestone m ON m.agreement_id = a.id
        LEFT JOIN LATERAL (
          SELECT u.level, u.pam_score, u.effective_date FROM status_update u
          WHERE u.milestone_id = m.id AND u.level IS NOT NULL AND u.approved_at IS NOT NULL
            AND u.effective_date <= p_as_of AND u.approved_at < (p_as_of + 1)::timestamp AT TIME ZONE a.time_zone
          ORDER BY u.effective_date DESC, u.seq DESC LIMIT 1
        ) score ON true
        LEFT JOIN LATERAL (
          SELECT u.operational_status, u.effective_date FROM status_update u
          WHERE u.milestone_id = m.id AND u.operational_status IS NOT NULL AND u.approved_at IS NOT NULL
            AND u.effective_date <= p_as_of AND u.approved_at < (p_as_of + 1)::timestamp AT TIME ZONE a.time_zone
          ORDER BY u.effective_date DESC, u.seq DESC LIMIT 1
        ) status ON true
        WHERE a.id = p_agreement
      $$;

      -- The status of every commitment as of a date, from its milestones; the same rules as
      -- deriveCommitmentStatus in shared/ (tests/api/status-rules.spec.ts checks both on the same cases):
      -- cancelled milestones do not count; level 0 while no other milestone moved, 3 only when all are
      -- full, else max(1, floor(mean)); status the worst of the others (stalled > delayed > on track),
      -- cancelled only when every milestone is.
      CREATE FUNCTION commitment_status_as_of(p_agreement uuid, p_as_of date)
      RETURNS TABLE (commitment_id uuid, pam_level integer, operational_status text, overdue boolean,
                     milestone_count integer, last_effective_date date)
      LANGUAGE sql STABLE AS $$
        WITH per_commitment AS (
          SELECT c.id, c.deadline,
                 count(ms.milestone_id)::integer AS milestone_count,
                 count(ms.milestone_id) FILTER (WHERE ms.operational_status = 'cancelled')::integer AS cancelled_count,
                 max(coalesce(ms.pam_score, 0)) FILTER (WHERE ms.operational_status IS DISTINCT FROM 'cancelled') AS max_score,
                 avg(coalesce(ms.pam_score, 0)) FILTER (WHERE ms.operational_status IS DISTINCT FROM 'cancelled') AS mean_score,
                 (array_agg(ms.operational_status ORDER BY CASE ms.operational_status
                    WHEN 'stalled' THEN 3 WHEN 'delayed' THEN 2 ELSE 1 END DESC)
                    FILTER (WHERE ms.operational_status IN ('on_track', 'delayed', 'stalled')))[1] AS worst_status,
                 max(ms.last_effective_date) AS last_effective_date
          FROM commitment c
          LEFT JOIN milestone_status_as_of(p_agreement, p_as_of) ms ON ms.commitment_id = c.id
          WHERE c.agreement_id = p_agreement
          GROUP BY c.id, c.deadline
        ), derived AS (
          SELECT id, deadline, milestone_count, last_effective_date,
                 CASE WHEN coalesce(max_score, 0) <= 0 THEN 0 ELSE greatest(1, floor(mean_score))::integer END AS pam_level,
                 CASE WHEN milestone_count > 0 AND cancelled_count = milestone_count THEN 'cancelled' ELSE worst_status END
                   AS operational_status
          FROM per_commitment
        )
        SELECT id, pam_level, operational_status,
               deadline < p_as_of AND pam_level < 3 AND operational_status IS DISTINCT FROM 'cancelled',
               milestone_count, last_effective_date
        FROM derived
      $$;

      -- Reference data: PAM's scale (the default) and the Independent Observer's five levels for Mali,
      -- each level mapped onto PAM so figures compare across agreements.
      INSERT INTO assessment_scale (code, name_key) VALUES ('pam', 'scale.pam'), ('io-mali', 'scale.io-mali');
      INSERT INTO assessment_level (scale_id, value, label_key, pam_score)
      SELECT s.id, l.value, l.label_key, l.pam_score FROM assessment_scale s
      JOIN (VALUES
        ('pam', 0, 'pam.0', 0), ('pam', 1, 'pam.1', 1), ('pam', 2, 'pam.2', 2), ('pam', 3, 'pam.3', 3),
        ('io-mali', 0, 'io.notStarted', 0), ('io-mali', 1, 'io.minimal', 1), ('io-mali', 2, 'io.intermediate', 2),
        ('io-mali', 3, 'io.nearlyComplete', 2.5), ('io-mali', 4, 'io.complete', 3)
      ) AS l (scale_code, value, label_key, pam_score) ON l.scale_code = s.code;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION commitment_status_as_of(uuid, date);
      DROP FUNCTION milestone_status_as_of(uuid, date);
      DROP TABLE status_update;
      DROP FUNCTION status_update_append_only();
      DROP TABLE milestone, commitment_party, commitment, text_section, monitoring_body, party, pillar,
        agreement, assessment_level, assessment_scale, app_user;
    `);
  }
}
