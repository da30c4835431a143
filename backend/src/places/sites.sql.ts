/**
 * The agreement's sites as `SiteDto[]`, each with its latest state effective by the day and recorded
 * before that day ended (so that a report as of a past day does not change). $1 = agreement, $2 = day.
 */
export const SITES_AS_OF_JSON = `(
  SELECT coalesce(json_agg(json_build_object(
      'id', s.id, 'name', s.name, 'kind', s.kind, 'regionCode', s.region_code, 'regionName', r.name,
      'latitude', s.latitude, 'longitude', s.longitude,
      'state', st.state, 'stateSince', st.effective_date, 'stateNote', st.note) ORDER BY s.position), '[]')
  FROM site s
  JOIN agreement a ON a.id = s.agreement_id
  JOIN region r ON r.agreement_id = s.agreement_id AND r.code = s.region_code
  LEFT JOIN LATERAL (
    SELECT c.state, c.effective_date, c.note FROM site_state_change c
    WHERE c.site_id = s.id AND c.effective_date <= $2
      AND c.recorded_at < ($2::date + 1)::timestamp AT TIME ZONE a.time_zone
    ORDER BY c.effective_date DESC, c.seq DESC LIMIT 1
  ) st ON true
  WHERE s.agreement_id = $1)`;
