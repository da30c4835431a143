import { ReviewState } from '@accord/shared';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { ReviewListQueryDto } from './review-list-query.dto';

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

/**
 * The row `alias` was approved by the end of the day `day` (a placeholder) in the time zone of the
 * agreement $1, and is about that day or before (its `dateColumn`): what counts in figures as of that day,
 * as milestone_status_as_of has it.
 */
export const approvedByEndOf = (alias: string, dateColumn: string, day: string) => `
  ${alias}.approved_at IS NOT NULL AND ${alias}.${dateColumn} <= ${day}::date
  AND ${alias}.approved_at < (${day}::date + 1)::timestamp AT TIME ZONE (SELECT time_zone FROM agreement WHERE id = $1)`;

/** The review state of the row `alias`, as the DTOs name it; needs `reviewer` joined (LEFT JOIN app_user). */
export const reviewColumns = (alias: string) => `
  CASE WHEN ${alias}.approved_at IS NOT NULL THEN 'approved' WHEN ${alias}.returned_at IS NOT NULL THEN 'returned'
       ELSE 'submitted' END AS "reviewState",
  coalesce(${alias}.approved_at, ${alias}.returned_at) AS "reviewedAt", reviewer.display_name AS "reviewerName",
  ${alias}.return_reason AS "returnReason"`;

const STATE_CONDITION: Record<ReviewState, (alias: string) => string> = {
  [ReviewState.Submitted]: (alias) => `${alias}.approved_at IS NULL AND ${alias}.returned_at IS NULL`,
  [ReviewState.Approved]: (alias) => `${alias}.approved_at IS NOT NULL`,
  [ReviewState.Returned]: (alias) => `${alias}.returned_at IS NOT NULL`,
};

/** The first parameters of a list of reviewed rows: $1 the agreement, then the reader's as VISIBILITY_PLACEHOLDERS. */
export const reviewListParameters = (scope: ReadScope): unknown[] => [
  scope.agreementId,
  scope.seesConfidential,
  scope.userId,
  scope.seesAllSubmissions,
];

/**
 * The conditions of a list of the reviewed rows `alias` of the agreement $1 (placeholders as
 * VISIBILITY_PLACEHOLDERS): the rows the reader may see, in the state and by the author asked for.
 * `bind` adds a parameter and answers its placeholder.
 */
export function reviewListConditions(
  alias: string,
  query: Pick<ReviewListQueryDto, 'state' | 'mine' | 'authorId'>,
  bind: (value: unknown) => string,
): string[] {
  const conditions = [`${alias}.agreement_id = $1`, reviewedRowVisible(VISIBILITY_PLACEHOLDERS, alias)];
  if (query.state) conditions.push(STATE_CONDITION[query.state](alias));
  if (query.mine) conditions.push(`${alias}.author_id = ${VISIBILITY_PLACEHOLDERS.userId}`);
  if (query.authorId) conditions.push(`${alias}.author_id = ${bind(query.authorId)}`);
  return conditions;
}
