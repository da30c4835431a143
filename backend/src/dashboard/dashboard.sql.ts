/** PAM aggregate implementation rate of the rows of `alias`: sum of levels / (n x 3) x 100, one decimal. */
export const rateOf = (alias: string) =>
  `round(sum(${alias}.pam_level) * 100.0 / nullif(count(${alias}.id) * 3, 0), 1)`;

/** `[{ level: 0, count }, ..., { level: 3, count }]` over the rows of `alias`. */
export const levelCountsOf = (alias: string) =>
  `json_build_array(${[0, 1, 2, 3]
    .map(
      (level) =>
        `json_build_object('level', ${level}, 'count', count(${alias}.id) FILTER (WHERE ${alias}.pam_level = ${level}))`,
    )
    .join(', ')})`;

/** A ProgressGroup of the rows of `alias`, grouped by `id` with a `label` and a `position`. */
const progressGroupsOf = (groups: string) => `(SELECT coalesce(json_agg(json_build_object(
    'id', g.id, 'label', g.label, 'commitments', g.commitments, 'rate', g.rate, 'levels', g.levels) ORDER BY g.position), '[]')
  FROM (${groups}) g)`;

/**
 * The whole dashboard of an agreement as of a date, in one statement so that every figure comes from
 * the same snapshot. $1 = agreement id, $2 = as-of date, $3 = how many overdue items to list,
 * $4 = whether the reader sees confidential items (else they are left out and counted as withheld).
 * A party's progress includes the commitments of its member movements (as the party filter does).
 */
export const DASHBOARD_SQL = `
WITH cs AS (
  SELECT c.id, c.pillar_id, c.reference, c.title, c.deadline, c.position, s.pam_level, s.operational_status, s.overdue
  FROM commitment c JOIN commitment_status_as_of($1, $2, $4) s ON s.commitment_id = c.id
),
ms AS (
  SELECT m.id, m.commitment_id, m.title, m.due_date, m.position, s.pam_score, s.overdue
  FROM milestone m JOIN milestone_status_as_of($1, $2, $4) s ON s.milestone_id = m.id
),
overdue_items AS (
  SELECT 'commitment' AS kind, cs.id, cs.id AS commitment_id, cs.reference, cs.title, cs.deadline AS due_date,
         cs.pam_level, cs.position AS commitment_position, -1 AS milestone_position
  FROM cs WHERE cs.overdue
  UNION ALL
  SELECT 'milestone', ms.id, ms.commitment_id, c.reference, ms.title, ms.due_date,
         floor(coalesce(ms.pam_score, 0))::int, c.position, ms.position
  FROM ms JOIN cs c ON c.id = ms.commitment_id WHERE ms.overdue
)
SELECT json_build_object(
  'commitments', (SELECT count(*) FROM cs),
  'milestones', (SELECT count(*) FROM ms),
  'implementationRate', (SELECT ${rateOf('cs')} FROM cs),
  'byLevel', (SELECT ${levelCountsOf('cs')} FROM cs),
  'byOperationalStatus', (SELECT coalesce(json_agg(json_build_object('status', t.operational_status, 'count', t.n)
                ORDER BY t.n DESC, t.operational_status NULLS LAST), '[]')
              FROM (SELECT operational_status, count(*) AS n FROM cs GROUP BY operational_status) t),
  'byPillar', ${progressGroupsOf(`
      SELECT p.id, p.name AS label, p.position, count(cs.id) AS commitments, ${rateOf('cs')} AS rate, ${levelCountsOf('cs')} AS levels
      FROM pillar p LEFT JOIN cs ON cs.pillar_id = p.id
      WHERE p.agreement_id = $1 GROUP BY p.id`)},
  'byParty', ${progressGroupsOf(`
      SELECT pa.id, pa.acronym AS label, pa.position, count(x.id) AS commitments, ${rateOf('x')} AS rate, ${levelCountsOf('x')} AS levels
      FROM party pa
      JOIN LATERAL (
        SELECT DISTINCT cs.id, cs.pam_level FROM commitment_party cp
        JOIN party responsible ON responsible.id = cp.party_id
        JOIN cs ON cs.id = cp.commitment_id
        WHERE pa.id IN (responsible.id, responsible.parent_id)
      ) x ON true
      WHERE pa.agreement_id = $1 GROUP BY pa.id`)},
  'overdueTotal', (SELECT count(*) FROM overdue_items),
  'overdue', (SELECT coalesce(json_agg(o), '[]') FROM (
      SELECT kind, id, commitment_id AS "commitmentId", reference, title, due_date AS "dueDate",
             ($2::date - due_date) AS "daysOverdue", pam_level AS "pamLevel"
      FROM overdue_items ORDER BY due_date, commitment_position, milestone_position LIMIT $3) o),
  'withheld', CASE WHEN NOT $4 THEN (
      SELECT json_build_object('milestones', w.milestones, 'statusUpdates', w.status_updates)
      FROM (SELECT (SELECT count(*) FROM milestone WHERE agreement_id = $1 AND confidential) AS milestones,
                   -- Counted as the figures are: effective by the day and approved before it ended.
                   (SELECT count(*) FROM status_update u JOIN agreement ag ON ag.id = u.agreement_id
                    WHERE u.agreement_id = $1 AND u.confidential AND u.effective_date <= $2
                      AND u.approved_at < ($2::date + 1)::timestamp AT TIME ZONE ag.time_zone) AS status_updates) w
      WHERE w.milestones + w.status_updates > 0) END
) AS dashboard
`;
