import { UPDATES_IN_WINDOW } from '../progress/progress.sql';

/**
 * The approved updates behind the commitments $5 that changed between the end of $2 and the end of $3
 * (those "what changed" counts), with their source links and the evidence the reader sees that was
 * attached by the end of $3. Parameters as UPDATES_IN_WINDOW, then $5 = the commitments' ids.
 */
export const REFERENCES_SQL = `
SELECT m.commitment_id AS "commitmentId", m.title AS "milestoneTitle", u.effective_date::text AS "effectiveDate",
       u.source_links AS "sourceLinks",
       coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'title', e.title,
                   'evidenceDate', e.evidence_date, 'reliability', e.reliability, 'url', e.url,
                   'fileName', e.file_name, 'sha256', e.sha256) ORDER BY e.created_at, e.id)
                 FROM evidence e
                 WHERE e.status_update_id = u.id AND ($4 OR NOT e.confidential)
                   AND e.created_at < ($3::date + 1)::timestamp AT TIME ZONE ag.time_zone), '[]') AS evidence
FROM ${UPDATES_IN_WINDOW}
  AND m.commitment_id = ANY($5::uuid[])
ORDER BY (SELECT c.position FROM commitment c WHERE c.id = m.commitment_id), m.position, u.effective_date, u.seq
`;
