/**
 * SQL shared by the tables whose rows are submitted and reviewed (status updates, indicator values).
 * Placeholders are the caller's: `confidential` says whether the reader sees confidential rows,
 * `userId` and `seesAll` whose unapproved rows they see.
 */
export interface VisibilityPlaceholders {
  confidential: string;
  userId: string;
  seesAll: string;
}

/** The placeholders the readers bind: $2 sees confidential, $3 the reader, $4 sees every submission. */
export const VISIBILITY_PLACEHOLDERS: VisibilityPlaceholders = { confidential: '$2', userId: '$3', seesAll: '$4' };

/** Approved rows for everyone; submitted and returned ones for their author and for reviewers. */
export function reviewedRowVisible(placeholders: VisibilityPlaceholders, alias: string): string {
  return `(${alias}.approved_at IS NOT NULL OR ${alias}.author_id = ${placeholders.userId} OR ${placeholders.seesAll})
          AND (${placeholders.confidential} OR NOT ${alias}.confidential)`;
}

/** The review state of the row `alias`, as the DTOs name it; needs `reviewer` joined (LEFT JOIN app_user). */
export const reviewColumns = (alias: string) => `
  CASE WHEN ${alias}.approved_at IS NOT NULL THEN 'approved' WHEN ${alias}.returned_at IS NOT NULL THEN 'returned'
       ELSE 'submitted' END AS "reviewState",
  coalesce(${alias}.approved_at, ${alias}.returned_at) AS "reviewedAt", reviewer.display_name AS "reviewerName",
  ${alias}.return_reason AS "returnReason"`;
