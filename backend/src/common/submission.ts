import { FieldError, FieldErrorCode } from '@accord/shared';
import type { AgreementAccess } from '../auth/authenticated-user';
import { latestTodayIso } from './dates';

/**
 * Whether the author's submissions count without review: a trusted member of an agreement that allows
 * it. A select column; the query has the agreement as `a`, and `userId` is the author's placeholder.
 */
export const skipsReviewColumn = (userId: string) => `
  coalesce(a.trusted_updates_skip_review AND (SELECT m.trusted FROM agreement_member m
                                               WHERE m.agreement_id = a.id AND m.user_id = ${userId}), false)
    AS "skipsReview"`;

/**
 * The rules every submission (status update, indicator value) shares: its date (under `dateField`) not
 * in the future nor before the agreement was signed, and the confidential mark only from cleared members.
 */
export function submissionErrors(
  submission: { date: string; dateField: string; confidential?: boolean },
  signedOn: string,
  scope: AgreementAccess,
): Record<string, FieldErrorCode> {
  const errors: Record<string, FieldErrorCode> = {};
  if (submission.date > latestTodayIso()) errors[submission.dateField] = FieldError.DateInFuture;
  else if (submission.date < signedOn) errors[submission.dateField] = FieldError.DateBeforeAgreement;
  if (submission.confidential && !scope.seesConfidential) errors['confidential'] = FieldError.ConfidentialNotAllowed;
  return errors;
}
