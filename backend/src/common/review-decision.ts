import { ErrorCode } from '@accord/shared';
import { HttpStatus } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException } from './api-exception';

/** The tables whose rows are submitted, then approved or returned once (status updates, indicator values). */
export type ReviewedTable = 'status_update' | 'indicator_value';

/**
 * The one-time review decision: approval (`returnReason` null) or return with a reason. Refuses the
 * author's own row (403) and a row decided already (409: two reviewers at once, the first wins; the
 * database allows the decision columns to be set once only). Answers the row's author.
 */
export async function decideOnce(
  manager: EntityManager,
  table: ReviewedTable,
  id: string,
  reviewerId: string,
  returnReason: string | null,
): Promise<void> {
  const [row]: { authorId: string }[] = await manager.query(
    `SELECT author_id AS "authorId" FROM ${table} WHERE id = $1`,
    [id],
  );
  if (row.authorId === reviewerId) {
    throw new ApiException(HttpStatus.FORBIDDEN, ErrorCode.OwnUpdate, 'Updates are reviewed by someone else');
  }
  // TypeORM answers an UPDATE as [rows, count].
  const [decided]: [{ id: string }[], number] = await manager.query(
    returnReason === null
      ? `UPDATE ${table} SET approved_at = now(), reviewer_id = $2
         WHERE id = $1 AND approved_at IS NULL AND returned_at IS NULL RETURNING id`
      : `UPDATE ${table} SET returned_at = now(), reviewer_id = $2, return_reason = $3
         WHERE id = $1 AND approved_at IS NULL AND returned_at IS NULL RETURNING id`,
    returnReason === null ? [id, reviewerId] : [id, reviewerId, returnReason],
  );
  if (decided.length === 0) {
    throw new ApiException(HttpStatus.CONFLICT, ErrorCode.AlreadyReviewed, 'This update was already reviewed');
  }
}
