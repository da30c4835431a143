/**
 * The SQL that reads status updates as `StatusUpdateDto`, shared by the milestone history and the review
 * lists. Placeholders are the caller's: `confidential` is the parameter saying whether the reader sees
 * confidential items, `userId` and `seesAll` say whose unapproved updates they see. `extra` adds
 * columns (each followed by a comma) and joins to the update's alias `u`.
 */
export function statusUpdateSelect(confidential: string, extra = { columns: '', joins: '' }): string {
  return `SELECT ${extra.columns} u.id, u.milestone_id AS "milestoneId", u.effective_date::text AS "effectiveDate", u.level,
            u.pam_score AS "pamScore", u.operational_status AS "operationalStatus", u.narrative,
            u.source_links AS "sourceLinks", u.author_id AS "authorId", author.display_name AS "authorName",
            u.recorded_at AS "recordedAt", u.confidential,
            CASE WHEN u.approved_at IS NOT NULL THEN 'approved' WHEN u.returned_at IS NOT NULL THEN 'returned'
                 ELSE 'submitted' END AS "reviewState",
            coalesce(u.approved_at, u.returned_at) AS "reviewedAt", reviewer.display_name AS "reviewerName",
            u.return_reason AS "returnReason", u.resubmission_of AS "resubmissionOf",
            (SELECT r.id FROM status_update r WHERE r.resubmission_of = u.id) AS "resubmittedAs",
            coalesce((SELECT json_agg(json_build_object('id', e.id, 'statusUpdateId', e.status_update_id, 'kind', e.kind,
                        'title', e.title, 'evidenceDate', e.evidence_date, 'reliability', e.reliability, 'url', e.url,
                        'fileName', e.file_name, 'mediaType', e.media_type, 'sizeBytes', e.size_bytes, 'sha256', e.sha256,
                        'confidential', e.confidential, 'uploadedByName', uploader.display_name, 'createdAt', e.created_at)
                        ORDER BY e.created_at)
                      FROM evidence e JOIN app_user uploader ON uploader.id = e.uploaded_by
                      WHERE e.status_update_id = u.id AND (${confidential} OR NOT e.confidential)), '[]') AS evidence
     FROM status_update u
     JOIN app_user author ON author.id = u.author_id
     LEFT JOIN app_user reviewer ON reviewer.id = u.reviewer_id
     ${extra.joins}`;
}

/** Approved updates for everyone; submitted and returned ones for their author and for reviewers. */
export function statusUpdateVisible(placeholders: { confidential: string; userId: string; seesAll: string }): string {
  return `(u.approved_at IS NOT NULL OR u.author_id = ${placeholders.userId} OR ${placeholders.seesAll})
          AND (${placeholders.confidential} OR NOT u.confidential)`;
}
