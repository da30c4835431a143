import { rateOf } from '../dashboard/dashboard.sql';
import { DDR_CURRENT_VALUES } from '../indicators/ddr.sql';
import { SITES_AS_OF_JSON } from './sites.sql';

/**
 * The map of an agreement as of a day, in one statement: for each shape of the boundary file, the
 * regions drawn in it, the progress of the milestones located there (a milestone in two regions of one
 * shape counts once; cancelled ones are left out, as in a commitment's level) and the current DDR totals
 * of the cells split by region; then the sites. $1 = agreement, $2 = day, $3 = sees confidential items.
 */
export const MAP_SQL = `
WITH ${DDR_CURRENT_VALUES},
area AS (
  SELECT r.map_feature AS feature, min(r.position) AS position,
         json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.position) AS regions
  FROM region r WHERE r.agreement_id = $1 GROUP BY r.map_feature
),
located AS (
  SELECT DISTINCT r.map_feature AS feature, ms.milestone_id AS id, coalesce(ms.pam_score, 0) AS pam_level, ms.overdue
  FROM milestone_region mr
  JOIN region r ON r.agreement_id = mr.agreement_id AND r.code = mr.region_code
  JOIN milestone_status_as_of($1, $2, $3) ms ON ms.milestone_id = mr.milestone_id
  WHERE mr.agreement_id = $1 AND ms.operational_status IS DISTINCT FROM 'cancelled'
),
area_progress AS (
  SELECT l.feature, count(l.id) AS milestones, count(l.id) FILTER (WHERE l.overdue) AS overdue, ${rateOf('l')} AS rate
  FROM located l GROUP BY l.feature
),
area_ddr AS (
  SELECT r.map_feature AS feature, s.ddr_stage AS stage, sum(cell.value) AS total
  FROM stage_indicator s
  JOIN current_value c ON c.indicator_id = s.id
  JOIN indicator_value_cell cell ON cell.value_id = c.value_id
  JOIN region r ON r.agreement_id = $1 AND r.code = cell.region
  GROUP BY r.map_feature, s.ddr_stage
)
SELECT json_build_object(
  'boundaryMap', (SELECT boundary_map FROM agreement WHERE id = $1),
  'areas', (SELECT coalesce(json_agg(json_build_object(
      'feature', a.feature, 'regions', a.regions, 'milestones', coalesce(p.milestones, 0),
      'overdue', coalesce(p.overdue, 0), 'implementationRate', p.rate,
      'ddr', (SELECT coalesce(json_agg(json_build_object('stage', d.stage, 'total', d.total) ORDER BY d.stage), '[]')
              FROM area_ddr d WHERE d.feature = a.feature)) ORDER BY a.position), '[]')
    FROM area a LEFT JOIN area_progress p ON p.feature = a.feature),
  'sites', ${SITES_AS_OF_JSON}
) AS map
`;
