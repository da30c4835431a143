import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trust: per-agreement memberships, the review of status updates (submitted → approved or returned),
 * confidential items, evidence, a hash-chained audit trail the database refuses to change, and
 * idempotency keys for creating requests.
 */
export class Trust1764316800000 implements MigrationInterface {
  name = 'Trust1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Roles move from the account to the agreement; only administration stays global.
      ALTER TABLE app_user
        ADD COLUMN is_admin boolean NOT NULL DEFAULT false,
        ADD COLUMN disabled_at timestamptz,
        -- Tokens issued before this (a password change) are refused.
        ADD COLUMN credentials_changed_at timestamptz NOT NULL DEFAULT now();
      UPDATE app_user SET is_admin = (role = 'admin');

      CREATE TABLE agreement_member (
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('reviewer', 'monitor', 'viewer')),
        confidential_access boolean NOT NULL DEFAULT false,
        trusted boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agreement_id, user_id)
      );
      CREATE INDEX agreement_member_user_idx ON agreement_member (user_id);
      INSERT INTO agreement_member (agreement_id, user_id, role)
      SELECT a.id, u.id, u.role FROM app_user u CROSS JOIN agreement a WHERE u.role IN ('monitor', 'viewer');
      ALTER TABLE app_user DROP COLUMN role;

      ALTER TABLE agreement
        ADD COLUMN trusted_updates_skip_review boolean NOT NULL DEFAULT false,
        ADD COLUMN public_page boolean NOT NULL DEFAULT false;

      ALTER TABLE milestone ADD COLUMN confidential boolean NOT NULL DEFAULT false;

      -- Review: a decision is taken once (approved or returned, with a reason); a returned update stays
      -- in the history and its resubmission is a new row pointing to it. An approved update without a
      -- reviewer was counted without review (a trusted monitor, or recorded before reviews existed).
      ALTER TABLE status_update
        ADD COLUMN confidential boolean NOT NULL DEFAULT false,
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN return_reason text,
        ADD COLUMN reviewer_id uuid REFERENCES app_user (id),
        ADD COLUMN resubmission_of uuid UNIQUE REFERENCES status_update (id),
        ADD CONSTRAINT status_update_agreement_key UNIQUE (id, agreement_id),
        ADD CONSTRAINT status_update_one_decision CHECK (approved_at IS NULL OR returned_at IS NULL),
        ADD CONSTRAINT status_update_return_has_reason CHECK ((returned_at IS NULL) = (return_reason IS NULL)),
        ADD CONSTRAINT status_update_return_has_reviewer CHECK (returned_at IS NULL OR reviewer_id IS NOT NULL),
        ADD CONSTRAINT status_update_returned_after_recorded CHECK (returned_at >= recorded_at);

      CREATE OR REPLACE FUNCTION status_update_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.approved_at IS NULL AND OLD.returned_at IS NULL
           AND (to_jsonb(NEW) - '{approved_at,returned_at,return_reason,reviewer_id}'::text[])
             = (to_jsonb(OLD) - '{approved_at,returned_at,return_reason,reviewer_id}'::text[]) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'status updates are append-only: % refused', lower(TG_OP) USING ERRCODE = 'restrict_violation';
      END $$;

      DROP INDEX status_update_latest_score_idx;
      DROP INDEX status_update_latest_status_idx;
      CREATE INDEX status_update_latest_score_idx ON status_update (milestone_id, effective_date DESC, seq DESC)
        INCLUDE (approved_at, level, pam_score, confidential) WHERE level IS NOT NULL AND approved_at IS NOT NULL;
      CREATE INDEX status_update_latest_status_idx ON status_update (milestone_id, effective_date DESC, seq DESC)
        INCLUDE (approved_at, operational_status, confidential)
        WHERE operational_status IS NOT NULL AND approved_at IS NOT NULL;
      -- The reviewers' queue and the monitors' own pending and returned updates.
      CREATE INDEX status_update_pending_idx ON status_update (agreement_id, seq) WHERE approved_at IS NULL;
      CREATE INDEX status_update_author_idx ON status_update (author_id, seq);

      -- Figures for someone without clearance leave confidential milestones and updates out.
      DROP FUNCTION commitment_status_as_of(uuid, date);
      DROP FUNCTION milestone_status_as_of(uuid, date);
      CREATE FUNCTION milestone_status_as_of(p_agreement uuid, p_as_of date, p_confidential boolean)
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
            AND (p_confidential OR NOT u.confidential)
          ORDER BY u.effective_date DESC, u.seq DESC LIMIT 1
        ) score ON true
        LEFT JOIN LATERAL (
          SELECT u.operational_status, u.effective_date FROM status_update u
          WHERE u.milestone_id = m.id AND u.operational_status IS NOT NULL AND u.approved_at IS NOT NULL
            AND u.effective_date <= p_as_of AND u.approved_at < (p_as_of + 1)::timestamp AT TIME ZONE a.time_zone
            AND (p_confidential OR NOT u.confidential)
          ORDER BY u.effective_date DESC, u.seq DESC LIMIT 1
        ) status ON true
        WHERE a.id = p_agreement AND (p_confidential OR NOT m.confidential)
      $$;

      CREATE FUNCTION commitment_status_as_of(p_agreement uuid, p_as_of date, p_confidential boolean)
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
          LEFT JOIN milestone_status_as_of(p_agreement, p_as_of, p_confidential) ms ON ms.commitment_id = c.id
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

      -- Rows that record what happened are never changed nor removed.
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, lower(TG_OP) USING ERRCODE = 'restrict_violation';
      END $$;

      -- Evidence of an update: a file (kept in the evidence store under storage_key) or a link, graded on
      -- the reliability of its source (A completely reliable … E unreliable, F cannot be judged).
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id),
        status_update_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('file', 'link')),
        title text NOT NULL,
        evidence_date date,
        reliability text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        url text,
        file_name text,
        media_type text,
        size_bytes bigint CHECK (size_bytes >= 0),
        sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text UNIQUE,
        confidential boolean NOT NULL DEFAULT false,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evidence_status_update_fkey FOREIGN KEY (status_update_id, agreement_id)
          REFERENCES status_update (id, agreement_id),
        CONSTRAINT evidence_kind_fields CHECK (CASE kind
          WHEN 'file' THEN url IS NULL AND file_name IS NOT NULL AND media_type IS NOT NULL AND size_bytes IS NOT NULL
                           AND sha256 IS NOT NULL AND storage_key IS NOT NULL
          ELSE url IS NOT NULL AND file_name IS NULL AND storage_key IS NULL AND sha256 IS NULL END)
      );
      CREATE INDEX evidence_status_update_idx ON evidence (status_update_id, created_at);
      CREATE TRIGGER evidence_append_only BEFORE UPDATE OR DELETE ON evidence
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER evidence_no_truncate BEFORE TRUNCATE ON evidence
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

      -- The audit trail: one chain, each record holding the hash of the one before. Appends are
      -- serialized by a transaction-level advisory lock so that concurrent writers cannot fork the chain;
      -- seq has no gaps (an aborted append releases its number with the lock).
      CREATE TABLE audit_record (
        seq bigint PRIMARY KEY,
        recorded_at timestamptz NOT NULL,
        actor_id uuid,
        actor_label text,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        agreement_id uuid,
        before jsonb,
        after jsonb,
        request_id text,
        client_ip text,
        previous_hash bytea NOT NULL,
        hash bytea NOT NULL
      );
      CREATE INDEX audit_record_agreement_idx ON audit_record (agreement_id, seq);
      CREATE INDEX audit_record_actor_idx ON audit_record (actor_id, seq);
      CREATE INDEX audit_record_entity_idx ON audit_record (entity_id, seq);
      CREATE INDEX audit_record_time_idx ON audit_record (recorded_at);
      -- Sign-in throttling counts recent failures per account and per address.
      CREATE INDEX audit_record_login_idx ON audit_record (recorded_at)
        INCLUDE (action, actor_label, client_ip) WHERE action IN ('auth.login', 'auth.login_failed');
      CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM PUBLIC;

      -- The hash covers every field and the previous hash; the payload is a JSON array, so no field's
      -- text can be confused with a separator, and the time is printed in UTC whatever the session says.
      CREATE FUNCTION audit_record_hash(r audit_record) RETURNS bytea LANGUAGE sql STABLE AS $$
        SELECT sha256(r.previous_hash || convert_to(jsonb_build_array(
          r.seq, to_char(r.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), r.actor_id, r.actor_label,
          r.action, r.entity_type, r.entity_id, r.agreement_id, r.before, r.after, r.request_id, r.client_ip)::text, 'UTF8'))
      $$;

      CREATE FUNCTION append_audit_record(p_actor_id uuid, p_actor_label text, p_action text, p_entity_type text,
                                          p_entity_id text, p_agreement_id uuid, p_before jsonb, p_after jsonb,
                                          p_request_id text, p_client_ip text)
      RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        last_record audit_record;
        new_record audit_record;
      BEGIN
        PERFORM pg_advisory_xact_lock(4242001);
        SELECT * INTO last_record FROM audit_record ORDER BY seq DESC LIMIT 1;
        new_record := ROW(coalesce(last_record.seq, 0) + 1, clock_timestamp(), p_actor_id, p_actor_label, p_action,
                          p_entity_type, p_entity_id, p_agreement_id, p_before, p_after, p_request_id, p_client_ip,
                          coalesce(last_record.hash, decode(repeat('00', 32), 'hex')), NULL);
        new_record.hash := audit_record_hash(new_record);
        INSERT INTO audit_record SELECT new_record.*;
        RETURN new_record.seq;
      END $$;

      -- Walks the whole chain; names the first record whose content no longer matches its hash, whose
      -- link to the previous record is broken, or before which a record is missing.
      CREATE FUNCTION verify_audit_chain()
      RETURNS TABLE (checked bigint, last_seq bigint, last_hash text, broken_seq bigint, problem text)
      LANGUAGE sql STABLE AS $$
        WITH walked AS (
          SELECT r.seq, r.hash, r.previous_hash, audit_record_hash(r) AS recomputed,
                 lag(r.hash) OVER (ORDER BY r.seq) AS prior_hash, lag(r.seq) OVER (ORDER BY r.seq) AS prior_seq
          FROM audit_record r
        ), problems AS (
          SELECT seq, CASE
              WHEN seq <> coalesce(prior_seq, 0) + 1 THEN 'record_missing'
              WHEN previous_hash <> coalesce(prior_hash, decode(repeat('00', 32), 'hex')) THEN 'link_broken'
              WHEN hash <> recomputed THEN 'content_changed'
            END AS problem
          FROM walked
        )
        SELECT (SELECT count(*) FROM audit_record),
               (SELECT max(seq) FROM audit_record),
               (SELECT encode(hash, 'hex') FROM audit_record ORDER BY seq DESC LIMIT 1),
               broken.seq, broken.problem
        FROM (SELECT seq, problem FROM problems WHERE problem IS NOT NULL ORDER BY seq LIMIT 1) broken
        RIGHT JOIN (SELECT 1) one ON true
      $$;

      -- A creating request sent again with the same Idempotency-Key replays the first answer. Kept a day.
      CREATE TABLE idempotent_request (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        key text NOT NULL,
        fingerprint text NOT NULL,
        -- The exact text first answered, so that a replay is byte-for-byte the same.
        response_body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
      CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
    `);
  }

  /**
   * Not reversible: going back would drop reviews, memberships, evidence and the audit trail, and turn
   * returned or pending updates into nothing the foundation schema can express. Restore a backup instead.
   */
  async down(): Promise<void> {
    throw new Error('The trust migration cannot be reverted; restore a database backup taken before it');
  }
}
