/**
 * The whole dashboard of an agreement as of a date, in one statement so that every figure comes from
 * the same snapshot. $1 = agreement id, $2 = as-of date, $3 = how many overdue items to list.
 * Rates are PAM aggregate implementation rates: sum of levels / (n x 3) x 100.
 */
export const DASHBOARD_SQL = `
WITH cs AS (
  SELECT c.id, c.pillar_id, c.reference, c.title, c.deadline, c.position, s.pam_level, s.operational_status, s.overdue
  FROM commitment c JOIN commitment_status_as_of($1, $2) s ON s.commitment_id = c.id
),
ms AS (
  SELECT m.id, m.commitment_id, m.title, m.due_date, m.position, s.pam_score, s.overdue
  FROM milestone m JOIN milestone_status_as_of($1, $2) s ON s.milestone_id = m.id
),
levels AS (SELECT generate_series(0, 3) AS level),
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
  'implementationRate', (SELECT round(sum(pam_level) * 100.0 / nullif(count(*) * 3, 0), 1) FROM cs),
  'byLevel', (SELECT json_agg(json_build_object('level', l.level, 'count',
                (SELECT count(*) FROM cs WHERE cs.pam_level = l.level)) ORDER BY l.level) FROM levels l),
  'byOperationalStatus', (SELECT coalesce(json_agg(json_build_object('status', t.operational_status, 'count', t.n)
                ORDER BY t.n DESC, t.operational_status NULLS LAST), '[]')
              FROM (SELECT operational_status, count(*) AS n FROM cs GROUP BY operational_status) t),
  'byPillar', (SELECT coalesce(json_agg(g ORDER BY g.position), '[]') FROM (
      SELECT p.id, p.name AS label, p.position, count(cs.id) AS commitments,
             round(sum(cs.pam_level) * 100.0 / nullif(count(cs.id) * 3, 0), 1) AS rate,
             (SELECT json_agg(json_build_object('level', l.level, 'count',
                (SELECT count(*) FROM cs x WHERE x.pillar_id = p.id AND x.pam_level = l.level)) ORDER BY l.level) FROM levels l) AS levels
      FROM pillar p LEFT JOIN cs ON cs.pillar_id = p.id
      WHERE p.agreement_id = $1 GROUP BY p.id) g),
  'byParty', (SELECT coalesce(json_agg(g ORDER BY g.position), '[]') FROM (
      SELECT pa.id, pa.acronym AS label, pa.position, count(cs.id) AS commitments,
             round(sum(cs.pam_level) * 100.0 / nullif(count(cs.id) * 3, 0), 1) AS rate,
             (SELECT json_agg(json_build_object('level', l.level, 'count',
                (SELECT count(*) FROM cs x JOIN commitment_party y ON y.commitment_id = x.id
                 WHERE y.party_id = pa.id AND x.pam_level = l.level)) ORDER BY l.level) FROM levels l) AS levels
      FROM party pa JOIN commitment_party cp ON cp.party_id = pa.id JOIN cs ON cs.id = cp.commitment_id
      WHERE pa.agreement_id = $1 GROUP BY pa.id) g),
  'overdueTotal', (SELECT count(*) FROM overdue_items),
  'overdue', (SELECT coalesce(json_agg(o), '[]') FROM (
      SELECT kind, id, commitment_id AS "commitmentId", reference, title, due_date AS "dueDate",
             ($2::date - due_date) AS "daysOverdue", pam_level AS "pamLevel"
      FROM overdue_items ORDER BY due_date, commitment_position, milestone_position LIMIT $3) o)
) AS dashboard
`;
