import { SITES_AS_OF_JSON } from '../places/sites.sql';

/**
 * For each DDR stage, the first indicator of that stage (by position), and its latest approved value as
 * of the day. CTEs `stage_indicator` and `current_value`; $1 = agreement, $2 = as-of day, $3 = whether
 * the reader sees confidential values.
 */
export const DDR_CURRENT_VALUES = `
stage_indicator AS (
  SELECT DISTINCT ON (i.ddr_stage) i.id, i.ddr_stage, i.name, i.unit, i.target
  FROM indicator i
  WHERE i.agreement_id = $1 AND i.ddr_stage IS NOT NULL
  ORDER BY i.ddr_stage, i.position
),
current_value AS (
  SELECT v.indicator_id, v.value_id, v.as_of, v.total
  FROM indicator_value_as_of($1, $2, $3) v JOIN stage_indicator s ON s.id = v.indicator_id
  WHERE v.value_id IS NOT NULL
)`;

/**
 * The DDR chain of an agreement as of a day, in one statement: for each stage its current value, the
 * history of its approved values known by then (the latest correction of each day), its current value's
 * cells summed along each dimension, and the agreement's sites with their state. Parameters as above.
 */
export const DDR_SQL = `
WITH ${DDR_CURRENT_VALUES},
known_values AS (
  SELECT DISTINCT ON (iv.indicator_id, iv.as_of) iv.indicator_id, iv.as_of, iv.total
  FROM indicator_value iv
  JOIN stage_indicator s ON s.id = iv.indicator_id
  JOIN agreement a ON a.id = $1
  WHERE iv.approved_at IS NOT NULL AND iv.as_of <= $2
    AND iv.approved_at < ($2::date + 1)::timestamp AT TIME ZONE a.time_zone
    AND ($3 OR NOT iv.confidential)
  ORDER BY iv.indicator_id, iv.as_of, iv.seq DESC
)
SELECT json_build_object(
  'stages', (SELECT coalesce(json_agg(json_build_object(
      'stage', s.ddr_stage, 'indicatorId', s.id, 'name', s.name, 'unit', s.unit, 'target', s.target,
      'total', c.total, 'valueAsOf', c.as_of)), '[]')
    FROM stage_indicator s LEFT JOIN current_value c ON c.indicator_id = s.id),
  'series', (SELECT coalesce(json_agg(json_build_object('stage', s.ddr_stage, 'points',
      (SELECT coalesce(json_agg(json_build_object('asOf', k.as_of, 'total', k.total) ORDER BY k.as_of), '[]')
       FROM known_values k WHERE k.indicator_id = s.id))), '[]')
    FROM stage_indicator s),
  'splits', (SELECT coalesce(json_agg(split ORDER BY split.stage, split.dimension, split.value DESC, split.key), '[]') FROM (
      SELECT s.ddr_stage AS stage, d.dimension, d.key, sum(cell.value) AS value
      FROM stage_indicator s
      JOIN current_value c ON c.indicator_id = s.id
      JOIN indicator_value_cell cell ON cell.value_id = c.value_id
      CROSS JOIN LATERAL (VALUES ('sex', cell.sex), ('age_group', cell.age_group), ('armed_group', cell.armed_group),
                                 ('region', cell.region)) d (dimension, key)
      WHERE d.key IS NOT NULL
      GROUP BY s.ddr_stage, d.dimension, d.key) split),
  'sites', ${SITES_AS_OF_JSON},
  'regions', (SELECT coalesce(json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.position), '[]')
    FROM region r WHERE r.agreement_id = $1)
) AS ddr
`;
