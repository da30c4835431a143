import { FieldError, FieldErrorCode, todayIn } from '@accord/shared';
import { EntityManager } from 'typeorm';

/** The day asked for, or today in the agreement's time zone (the calendar of its deadlines). */
export async function agreementDay(
  db: Pick<EntityManager, 'query'>,
  agreementId: string,
  asOf: string | undefined,
): Promise<string> {
  if (asOf) return asOf;
  const [agreement] = await db.query('SELECT time_zone AS "timeZone" FROM agreement WHERE id = $1', [agreementId]);
  return todayIn(agreement.timeZone);
}

/**
 * Why `day` is not a day of the agreement's record: after its today (in its time zone), or before it was
 * signed; null when it is one.
 */
export function agreementDayError(
  day: string,
  agreement: { signedOn: string; timeZone: string },
): FieldErrorCode | null {
  if (day > todayIn(agreement.timeZone)) return FieldError.DateInFuture;
  return day < agreement.signedOn ? FieldError.DateBeforeAgreement : null;
}
