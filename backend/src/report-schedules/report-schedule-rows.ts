import { AccessHolder, hasPermission, latestRun, Permission, ReportScheduleDto, SchedulePeriod } from '@accord/shared';
import { EntityManager } from 'typeorm';
import { MEMBERSHIPS_JSON } from '../users/memberships.sql';

/** A schedule with what its runs need: its days, since when it exists, its agreement's calendar, its latest run. */
export interface ScheduleRow
  extends Pick<
    ReportScheduleDto,
    'id' | 'agreementId' | 'cadence' | 'dayOfMonth' | 'language' | 'paused' | 'version' | 'createdAt' | 'createdByName'
  > {
  createdBy: string;
  /** The day it was created, in the agreement's calendar. */
  createdOn: string;
  timeZone: string;
  signedOn: string;
  lastRunAsOf: string | null;
  lastRunAt: string | null;
}

/** The schedules that exist (not removed); add `AND ...` conditions on `s`. */
export const SCHEDULE_SELECT = `
  SELECT s.id, s.agreement_id AS "agreementId", s.cadence, s.day_of_month AS "dayOfMonth", s.language, s.paused,
         s.version, s.created_at AS "createdAt", s.created_by AS "createdBy", creator.display_name AS "createdByName",
         (s.created_at AT TIME ZONE a.time_zone)::date::text AS "createdOn", a.time_zone AS "timeZone",
         a.signed_on::text AS "signedOn", last.as_of::text AS "lastRunAsOf", last.ran_at AS "lastRunAt"
  FROM report_schedule s
  JOIN agreement a ON a.id = s.agreement_id
  JOIN app_user creator ON creator.id = s.created_by
  LEFT JOIN LATERAL (
    SELECT as_of, ran_at FROM report_schedule_run WHERE schedule_id = s.id ORDER BY as_of DESC LIMIT 1
  ) last ON true
  WHERE s.deleted_at IS NULL`;

/**
 * The period a schedule owes on `today` (its agreement's day): the latest run that has come, unless it
 * came on or before the day the schedule was created (a new schedule starts with its next run; "run now"
 * reports at once), covers days before the agreement was signed, or was reported already.
 */
export function owedPeriod(schedule: ScheduleRow, today: string): SchedulePeriod | null {
  const period = latestRun(schedule.cadence, schedule.dayOfMonth, today);
  const reported = schedule.lastRunAsOf !== null && schedule.lastRunAsOf >= period.asOf;
  if (period.runsOn <= schedule.createdOn || period.asOf < schedule.signedOn || reported) return null;
  return period;
}

/** An account a schedule may name, with what the permission map reads. */
export interface RecipientAccount extends AccessHolder {
  userId: string;
  email: string;
  displayName: string;
  disabled: boolean;
}

/** The accounts of `userIds` that exist, by id. */
export async function recipientAccounts(
  manager: Pick<EntityManager, 'query'>,
  userIds: readonly string[],
): Promise<Map<string, RecipientAccount>> {
  const accounts: RecipientAccount[] = await manager.query(
    `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", u.is_admin AS "isAdmin",
            u.disabled_at IS NOT NULL AS disabled, ${MEMBERSHIPS_JSON}
     FROM app_user u LEFT JOIN agreement_member m ON m.user_id = u.id
     WHERE u.id = ANY($1::uuid[])
     GROUP BY u.id`,
    [userIds],
  );
  return new Map(accounts.map((account) => [account.userId, account]));
}

/** Whether the account reads the agreement now, as the guard would let it: only such recipients receive reports. */
export const readsAgreement = (account: RecipientAccount, agreementId: string) =>
  !account.disabled && hasPermission(account, Permission.ReadAgreement, agreementId);
