/**
 * Milestones with a deadline against it, as of a day: full ones done on time or late (the day they
 * first reached full, by approved updates known then), cancelled ones, and the others overdue or
 * upcoming. $1 = agreement, $2 = day, $3 = sees confidential, $4 = pillar or null, $5 = party or null.
 */
export const TIMELINE_SQL = `
SELECT m.id AS "milestoneId", m.title AS "milestoneTitle", c.id AS "commitmentId", c.reference AS "commitmentReference",
       c.title AS "commitmentTitle", c.pillar_id AS "pillarId", m.due_date::text AS "dueDate",
       done.completed_on::text AS "completedOn",
       CASE WHEN s.operational_status = 'cancelled' THEN 'cancelled'
            WHEN done.completed_on IS NOT NULL AND done.completed_on <= m.due_date THEN 'done_on_time'
            WHEN done.completed_on IS NOT NULL THEN 'done_late'
            WHEN m.due_date < $2 THEN 'overdue'
            ELSE 'upcoming' END AS state,
       CASE WHEN s.operational_status = 'cancelled' THEN NULL
            WHEN done.completed_on IS NOT NULL THEN nullif(greatest(done.completed_on - m.due_date, 0), 0)
            WHEN m.due_date < $2 THEN $2::date - m.due_date END AS "daysLate"
FROM milestone_status_as_of($1, $2, $3) s
JOIN milestone m ON m.id = s.milestone_id
JOIN commitment c ON c.id = m.commitment_id
JOIN agreement a ON a.id = $1
LEFT JOIN LATERAL (
  SELECT min(u.effective_date) AS completed_on FROM status_update u
  WHERE u.milestone_id = m.id AND u.pam_score >= 3 AND u.approved_at IS NOT NULL AND u.effective_date <= $2
    AND u.approved_at < ($2::date + 1)::timestamp AT TIME ZONE a.time_zone AND ($3 OR NOT u.confidential)
    AND s.pam_score >= 3
) done ON true
WHERE m.due_date IS NOT NULL
  AND ($4::uuid IS NULL OR c.pillar_id = $4)
  AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM commitment_party cp JOIN party pa ON pa.id = cp.party_id
                                   WHERE cp.commitment_id = c.id AND $5 IN (pa.id, pa.parent_id)))
ORDER BY m.due_date, c.position, m.position
`;
