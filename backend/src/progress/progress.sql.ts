import { levelCountsOf, rateOf } from '../dashboard/dashboard.sql';

/**
 * What changed between the end of one day and the end of another, in one statement so that both days
 * come from the same snapshot. $1 = agreement id, $2 = since, $3 = until, $4 = whether the reader sees
 * confidential items. Each day is computed by the same functions as the dashboard, so a day's figures
 * are the dashboard's as of that day: approved updates effective by then and approved before it ended
 * (a late report approved after `since` leaves the `since` figures alone).
 *
 * Cost: four evaluations of the milestone status (two per day, as the dashboard does once), each one
 * or two index probes per milestone; the status updates of the window are counted from
 * status_update_agreement_idx (agreement_id, effective_date). Measured with tools/bench's generator
 * (2,000 milestones, 200,000 updates): 82 ms, against 49 ms for the dashboard.
 */
export const CHANGES_SQL = `
WITH before_c AS (
  SELECT commitment_id AS id, pam_level, operational_status, overdue FROM commitment_status_as_of($1, $2, $4)
),
after_c AS (
  SELECT commitment_id AS id, pam_level, operational_status, overdue FROM commitment_status_as_of($1, $3, $4)
),
before_m AS (
  SELECT milestone_id, overdue FROM milestone_status_as_of($1, $2, $4)
),
after_m AS (
  SELECT milestone_id, pam_score, overdue FROM milestone_status_as_of($1, $3, $4)
),
newly_overdue AS (
  SELECT 'commitment' AS kind, c.id, c.id AS commitment_id, c.reference, c.title, c.deadline AS due_date,
         a.pam_level, c.position AS commitment_position, -1 AS milestone_position
  FROM after_c a JOIN before_c b ON b.id = a.id JOIN commitment c ON c.id = a.id
  WHERE a.overdue AND b.overdue IS NOT TRUE
  UNION ALL
  SELECT 'milestone', m.id, m.commitment_id, c.reference, m.title, m.due_date,
         floor(coalesce(a.pam_score, 0))::int, c.position, m.position
  FROM after_m a JOIN milestone m ON m.id = a.milestone_id JOIN commitment c ON c.id = m.commitment_id
  LEFT JOIN before_m b ON b.milestone_id = a.milestone_id
  WHERE a.overdue AND b.overdue IS NOT TRUE
),
rates AS (
  SELECT (SELECT ${rateOf('before_c')} FROM before_c) AS before, (SELECT ${rateOf('after_c')} FROM after_c) AS after
)
SELECT json_build_object(
  'implementationRate', (SELECT json_build_object('before', r.before, 'after', r.after, 'difference', r.after - r.before)
                         FROM rates r),
  'commitments', (SELECT coalesce(json_agg(json_build_object(
        'id', c.id, 'reference', c.reference, 'title', c.title, 'pillarId', c.pillar_id, 'pillarName', p.name,
        'before', json_build_object('level', b.pam_level, 'status', b.operational_status),
        'after', json_build_object('level', a.pam_level, 'status', a.operational_status)) ORDER BY c.position), '[]')
      FROM before_c b JOIN after_c a ON a.id = b.id
      JOIN commitment c ON c.id = b.id JOIN pillar p ON p.id = c.pillar_id
      WHERE b.pam_level <> a.pam_level OR b.operational_status IS DISTINCT FROM a.operational_status),
  'newlyOverdue', (SELECT coalesce(json_agg(json_build_object(
        'kind', o.kind, 'id', o.id, 'commitmentId', o.commitment_id, 'reference', o.reference, 'title', o.title,
        'dueDate', o.due_date, 'daysOverdue', $3::date - o.due_date, 'pamLevel', o.pam_level)
        ORDER BY o.due_date, o.commitment_position, o.milestone_position), '[]')
      FROM newly_overdue o),
  'indicators', (SELECT coalesce(json_agg(json_build_object(
        'id', i.id, 'code', i.code, 'name', i.name, 'unit', i.unit, 'before', b.total, 'after', a.total,
        'beforeAsOf', b.as_of, 'afterAsOf', a.as_of) ORDER BY i.position), '[]')
      FROM indicator i
      JOIN indicator_value_as_of($1, $2, $4) b ON b.indicator_id = i.id
      JOIN indicator_value_as_of($1, $3, $4) a ON a.indicator_id = i.id
      WHERE b.total IS DISTINCT FROM a.total),
  'statusUpdates', (SELECT count(*)
      FROM agreement ag
      JOIN status_update u ON u.agreement_id = ag.id
      JOIN milestone m ON m.id = u.milestone_id
      WHERE ag.id = $1 AND u.effective_date > $2 AND u.effective_date <= $3
        AND u.approved_at IS NOT NULL AND u.approved_at < ($3::date + 1)::timestamp AT TIME ZONE ag.time_zone
        AND ($4 OR NOT (u.confidential OR m.confidential)))
) AS changes
`;

/**
 * The PAM rate and the number of commitments at each level at the end of each month, for the whole
 * agreement or one pillar. $1 = agreement id, $2 = first month (its first day), $3 = last month (its
 * first day), $4 = today in the agreement's time zone (the current month is taken as of today),
 * $5 = whether the reader sees confidential items, $6 = pillar id or null.
 *
 * How it scales: commitment_status_as_of runs once per month (a lateral call), and each run probes the
 * two latest-update indexes once per milestone, so the cost grows with months x milestones and hardly
 * with the length of each milestone's history. Measured with tools/bench's generator (2,000 milestones,
 * 200,000 updates): one month about 22 ms (one commitment list), 12 months 0.27 s, 120 months 2.6 s,
 * 240 months 4.0 s. Should that become too slow, the months could be computed in one pass over the
 * update history (each milestone's score is a step function of its updates), at the price of a second
 * implementation of the status rules, which is why it is not done here; or past months could be cached
 * (they change only when a late report is approved or the agreement's structure changes).
 */
export const TREND_SQL = `
WITH months AS (
  SELECT month::date AS month, least((month + interval '1 month - 1 day')::date, $4::date) AS as_of
  FROM generate_series($2::timestamp, $3::timestamp, interval '1 month') month
)
SELECT coalesce(json_agg(json_build_object(
    'month', to_char(months.month, 'YYYY-MM'), 'asOf', months.as_of, 'commitments', point.commitments,
    'implementationRate', point.rate, 'byLevel', point.levels) ORDER BY months.month), '[]') AS points
FROM months
CROSS JOIN LATERAL (
  SELECT count(cs.id) AS commitments, ${rateOf('cs')} AS rate, ${levelCountsOf('cs')} AS levels
  FROM (
    SELECT s.commitment_id AS id, s.pam_level
    FROM commitment_status_as_of($1, months.as_of, $5) s JOIN commitment c ON c.id = s.commitment_id
    WHERE $6::uuid IS NULL OR c.pillar_id = $6::uuid
  ) cs
) point
`;
