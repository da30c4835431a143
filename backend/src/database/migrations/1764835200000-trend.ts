import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The updates of one kind (scores: `kind` = level set; statuses: operational status set) that decide a
 * milestone's `value` from the day they count (k: effective by then, approved before it ended) until an
 * update of the same kind that comes later (effective date, then recording order) counts too. An update
 * overtaken by the day it counts never decides anything and is left out. Read in the order of the
 * partial indexes status_update_latest_score_idx / _status_idx, so that the window needs no sort.
 * k = 1 + the more of (days before the effective date, days that had ended by the approval), each
 * counted by a binary search of the ordered days (width_bucket).
 */
const decidingUpdates = (value: string, kind: string) => `
      SELECT milestone_id, k, value FROM (
        SELECT milestone_id, k, value,
               min(k) OVER (PARTITION BY milestone_id ORDER BY effective_date DESC, seq DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS overtaken
        FROM (
          SELECT u.milestone_id, u.effective_date, u.seq, ${value} AS value,
                 greatest(width_bucket(u.effective_date - 1, (SELECT list FROM days)),
                          width_bucket(u.approved_at, (SELECT ends FROM days))) + 1 AS k
          FROM milestones m JOIN status_update u ON u.milestone_id = m.id
          WHERE ${kind} AND u.approved_at IS NOT NULL AND (p_confidential OR NOT u.confidential)
          ORDER BY u.milestone_id, u.effective_date DESC, u.seq DESC
        ) u
      ) d
      WHERE k <= (SELECT cardinality(list) FROM days) AND k < coalesce(overtaken, k + 1)`;

/**
 * The PAM level of every commitment of an agreement at the end of each of many days, in one pass over
 * the status updates (for the monthly trend) instead of one commitment_status_as_of per day.
 */
export class Trend1764835200000 implements MigrationInterface {
  name = 'Trend1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- For each of p_days, the level commitment_status_as_of(p_agreement, day, p_confidential) gives, by
      -- the same rules (tests/api/trend-equivalence.spec.ts compares the two): a milestone's score and
      -- status are those of its latest approved update of each kind that counts on the day (effective by
      -- then, approved before the day ended in the agreement's time zone, confidential ones only with
      -- p_confidential; confidential milestones likewise); cancelled milestones do not count; 0 while no
      -- other milestone is above 0, else max(1, floor(mean score)), a milestone without a score at 0.
      --
      -- How: each update is given k, the first of the days (in order) that counts it; the updates that
      -- decide a score or a status give each milestone's state from the days it changes; the changes of
      -- the sums behind the level (milestones counted, milestones above 0, their scores) add up per
      -- commitment and day. Cost: a scan of the two partial indexes of the agreement's milestones, sorts of
      -- the deciding updates only, and commitments x days rows; not one probe per milestone and day.
      CREATE FUNCTION commitment_levels_as_of(p_agreement uuid, p_days date[], p_confidential boolean)
      RETURNS TABLE (as_of date, commitment_id uuid, pam_level integer)
      LANGUAGE sql STABLE AS $$
        WITH days AS (
          -- The days in order (day k is list[k]) and the instant each one ends in the agreement's time zone.
          SELECT coalesce(array_agg(d.day ORDER BY d.day), '{}') AS list,
                 coalesce(array_agg((d.day + 1)::timestamp AT TIME ZONE a.time_zone ORDER BY d.day), '{}') AS ends
          FROM agreement a CROSS JOIN (SELECT DISTINCT day FROM unnest(p_days) day WHERE day IS NOT NULL) d
          WHERE a.id = p_agreement
        ),
        milestones AS (
          SELECT m.id, m.commitment_id FROM milestone m
          WHERE m.agreement_id = p_agreement AND (p_confidential OR NOT m.confidential)
        ),
        deciding AS (
          SELECT milestone_id, k, value AS score, NULL::boolean AS cancelled FROM (${decidingUpdates(
            'u.pam_score',
            'u.level IS NOT NULL',
          )}
          ) scores
          UNION ALL
          SELECT milestone_id, k, NULL, value FROM (${decidingUpdates(
            `u.operational_status = 'cancelled'`,
            'u.operational_status IS NOT NULL',
          )}
          ) statuses
        ),
        states AS (
          -- A milestone's score (0 before any) and whether it is cancelled, from each day either changes.
          -- k * 10 + score (k * 2 + cancelled) carries the latest value forward: the largest so far is the
          -- one of the latest day that has a value (scores are 0 to 3).
          SELECT milestone_id, k,
                 coalesce(mod(max(k * 10 + max(score)) OVER so_far, 10), 0) AS score,
                 coalesce(mod(max(k * 2 + bool_or(cancelled)::integer) OVER so_far, 2) = 1, false) AS cancelled
          FROM deciding
          GROUP BY milestone_id, k
          WINDOW so_far AS (PARTITION BY milestone_id ORDER BY k)
        ),
        changes AS (
          -- What each change of a milestone adds to its commitment's sums; before its first change a
          -- milestone counts, at 0.
          SELECT m.commitment_id, c.k, sum(c.counted) AS counted, sum(c.positive) AS positive, sum(c.score) AS score
          FROM (
            SELECT milestone_id, k,
                   counted - lag(counted, 1, 1) OVER so_far AS counted,
                   positive - lag(positive, 1, 0) OVER so_far AS positive,
                   score - lag(score, 1, 0.0) OVER so_far AS score
            FROM (
              SELECT milestone_id, k, (NOT cancelled)::integer AS counted,
                     (NOT cancelled AND score > 0)::integer AS positive, CASE WHEN cancelled THEN 0 ELSE score END AS score
              FROM states
            ) s
            WINDOW so_far AS (PARTITION BY milestone_id ORDER BY k)
          ) c
          JOIN milestones m ON m.id = c.milestone_id
          GROUP BY m.commitment_id, c.k
        ),
        totals AS (
          SELECT c.id, day.k,
                 coalesce(n.milestones, 0) + coalesce(sum(ch.counted) OVER so_far, 0) AS counted,
                 coalesce(sum(ch.positive) OVER so_far, 0) AS positive,
                 coalesce(sum(ch.score) OVER so_far, 0) AS score
          FROM commitment c
          CROSS JOIN generate_series(1, (SELECT cardinality(list) FROM days)) day(k)
          LEFT JOIN (SELECT commitment_id, count(*) AS milestones FROM milestones GROUP BY commitment_id) n
            ON n.commitment_id = c.id
          LEFT JOIN changes ch ON ch.commitment_id = c.id AND ch.k = day.k
          WHERE c.agreement_id = p_agreement
          WINDOW so_far AS (PARTITION BY c.id ORDER BY day.k)
        )
        SELECT (SELECT list FROM days)[t.k], t.id,
               CASE WHEN t.positive = 0 THEN 0 ELSE greatest(1, floor(t.score / t.counted))::integer END
        FROM totals t
      $$;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION commitment_levels_as_of(uuid, date[], boolean)');
  }
}
