import { levelCountsOf, rateOf } from '../dashboard/dashboard.sql';

/**
 * The status updates that changed the figures between the end of $2 and the end of $3: those of the
 * agreement $1 effective after $2 and by $3, approved before $3 ended, that a reader sees ($4 = cleared
 * for confidential items). A FROM clause and its WHERE: the update `u`, its milestone `m`, the agreement `ag`.
 */
export const UPDATES_IN_WINDOW = `
  agreement ag
  JOIN status_update u ON u.agreement_id = ag.id
  JOIN milestone m ON m.id = u.milestone_id
  WHERE ag.id = $1 AND u.effective_date > $2 AND u.effective_date <= $3
    AND u.approved_at IS NOT NULL AND u.approved_at < ($3::date + 1)::timestamp AT TIME ZONE ag.time_zone
    AND ($4 OR NOT (u.confidential OR m.confidential))`;

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
  'statusUpdates', (SELECT count(*) FROM ${UPDATES_IN_WINDOW})
) AS changes
`;

/**
 * The PAM rate and the number of commitments at each level at the end of each month, for the whole
 * agreement or one pillar. $1 = agreement id, $2 = first month (its first day), $3 = last month (its
 * first day), $4 = today in the agreement's time zone (the current month is taken as of today),
 * $5 = whether the reader sees confidential items, $6 = pillar id or null.
 *
 * Each month's levels are those commitment_status_as_of (the dashboard's) gives as of its last day, but
 * all months come from one pass over the status updates (commitment_levels_as_of, Trend migration), so
 * the cost grows with the updates and with commitments x months, not with milestones x months.
 * Measured through the API with tools/bench/views-at-scale.cjs (139 months): 20 ms on the demo data,
 * 50 ms with 5,200 milestones and 6,450 updates (2.2 s with one commitment_status_as_of per month);
 * in the database alone, 2,080 milestones with 208,000 updates take about 0.2 s (1.7 s before).
 */
export const TREND_SQL = `
WITH months AS (
  SELECT month::date AS month, least((month + interval '1 month - 1 day')::date, $4::date) AS as_of
  FROM generate_series($2::timestamp, $3::timestamp, interval '1 month') month
),
levels AS (
  SELECT l.as_of, l.commitment_id AS id, l.pam_level
  FROM commitment_levels_as_of($1, ARRAY(SELECT as_of FROM months), $5) l JOIN commitment c ON c.id = l.commitment_id
  WHERE $6::uuid IS NULL OR c.pillar_id = $6::uuid
)
SELECT coalesce(json_agg(json_build_object(
    'month', to_char(point.month, 'YYYY-MM'), 'asOf', point.as_of, 'commitments', point.commitments,
    'implementationRate', point.rate, 'byLevel', point.levels) ORDER BY point.month), '[]') AS points
FROM (
  SELECT months.month, months.as_of, count(cs.id) AS commitments, ${rateOf('cs')} AS rate, ${levelCountsOf('cs')} AS levels
  FROM months LEFT JOIN levels cs ON cs.as_of = months.as_of
  GROUP BY months.month, months.as_of
) point
`;
