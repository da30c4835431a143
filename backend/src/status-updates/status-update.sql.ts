import { StatusUpdateQuery } from '@accord/shared';
import {
  reviewColumns,
  reviewedRowVisible,
  reviewListConditions,
  VisibilityPlaceholders,
} from '../common/reviewed-rows.sql';

/**
 * The SQL that reads status updates as `StatusUpdateDto`, shared by the milestone history and the review
 * lists. Placeholders are the caller's: `confidential` is the parameter saying whether the reader sees
 * confidential items, `userId` and `seesAll` say whose unapproved updates they see (links to other
 * updates are given only where the reader may see those). `extra` adds
 * columns (each followed by a comma) and joins to the update's alias `u`.
 */
export function statusUpdateSelect(placeholders: VisibilityPlaceholders, extra = { columns: '', joins: '' }): string {
  const { confidential } = placeholders;
  const visible = (alias: string) => statusUpdateVisible(placeholders, alias);
  return `SELECT ${extra.columns} u.id, u.milestone_id AS "milestoneId", u.effective_date::text AS "effectiveDate", u.level,
            u.pam_score AS "pamScore", u.operational_status AS "operationalStatus", u.narrative,
            u.source_links AS "sourceLinks", u.author_id AS "authorId", author.display_name AS "authorName",
            u.recorded_at AS "recordedAt", u.confidential, ${reviewColumns('u')},
            (SELECT o.id FROM status_update o WHERE o.id = u.resubmission_of AND ${visible('o')}) AS "resubmissionOf",
            (SELECT r.id FROM status_update r WHERE r.resubmission_of = u.id AND ${visible('r')}) AS "resubmittedAs",
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
export const statusUpdateVisible = (placeholders: VisibilityPlaceholders, alias = 'u') =>
  reviewedRowVisible(placeholders, alias);

/** What a list of updates joins to `u`: its milestone `m` and commitment `c`. */
export const STATUS_UPDATE_LIST_JOINS =
  'JOIN milestone m ON m.id = u.milestone_id JOIN commitment c ON c.id = m.commitment_id';

/**
 * The conditions of a list of the agreement's updates (the review queue, "my updates", their export),
 * with STATUS_UPDATE_LIST_JOINS and the placeholders of VISIBILITY_PLACEHOLDERS: the updates the reader
 * may see, not on a confidential milestone they may not see, with the filters asked for.
 */
export function statusUpdateListConditions(
  query: Pick<StatusUpdateQuery, 'state' | 'mine' | 'authorId' | 'milestoneId' | 'pillarId'>,
  bind: (value: unknown) => string,
): string[] {
  const conditions = [...reviewListConditions('u', query, bind), '($2 OR NOT m.confidential)'];
  if (query.milestoneId) conditions.push(`u.milestone_id = ${bind(query.milestoneId)}`);
  if (query.pillarId) conditions.push(`c.pillar_id = ${bind(query.pillarId)}`);
  return conditions;
}
