import type { ReportDto, ReportLanguage } from './reports';

/**
 * Scheduled status reports: an administrator schedules an agreement's report (monthly or quarterly, on a
 * day of the month) for recipients among its members. Each run reports on the period that just ended
 * (as of its last day, what changed since the end of the period before), once per period, and each
 * recipient receives the report of their own scope (confidential items only for those cleared).
 */
export const REPORT_CADENCES = ['monthly', 'quarterly'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** Runs fall on a day every month has. */
export const LAST_SCHEDULE_DAY = 28;

/** One run of a schedule: the day it is due, and the period its report covers. */
export interface SchedulePeriod {
  /** The day the report is due (yyyy-mm-dd, in the agreement's calendar). */
  runsOn: string;
  /** The last day of the period: the report's day. */
  asOf: string;
  /** The last day of the period before: "what changed" counts from there. */
  previousAsOf: string;
}

export interface ScheduleRecipientDto {
  userId: string;
  displayName: string;
  email: string;
  /** Whether they may still read the agreement (active account, member or administrator): others receive nothing. */
  receives: boolean;
}

export interface ReportScheduleDto {
  id: string;
  agreementId: string;
  cadence: ReportCadence;
  /** 1 to 28. */
  dayOfMonth: number;
  language: ReportLanguage;
  paused: boolean;
  recipients: ScheduleRecipientDto[];
  createdAt: string;
  createdByName: string;
  /** The latest period reported, if any. */
  lastRun: { asOf: string; ranAt: string } | null;
  /** The run to come (or due now and not yet done); null while paused. */
  nextRun: SchedulePeriod | null;
  version: number;
}

export interface CreateReportScheduleRequest {
  cadence: ReportCadence;
  dayOfMonth: number;
  language: ReportLanguage;
  /** Members of the agreement, or administrators; at least one. */
  recipientIds: string[];
}

export type UpdateReportScheduleRequest = Partial<CreateReportScheduleRequest> & { paused?: boolean };

/** A run: the period reported, and the reports it delivered (one per scope among its recipients). */
export interface ReportScheduleRunDto {
  id: string;
  scheduleId: string;
  asOf: string;
  previousAsOf: string;
  ranAt: string;
  /** Who asked for it; null for the server's own hourly check. */
  ranById: string | null;
  reports: { reportId: string; includesConfidential: boolean; recipientIds: string[] }[];
}

/** A report a schedule sent to the user. */
export interface ReceivedReportDto extends ReportDto {
  agreementTitle: string;
  deliveredAt: string;
  /** When the user first opened it; null: unread. */
  readAt: string | null;
}

const MONTHS_PER_PERIOD: Readonly<Record<ReportCadence, number>> = { monthly: 1, quarterly: 3 };

/**
 * The run due on or before `today` (yyyy-mm-dd): the latest `dayOfMonth` of a month the cadence runs in
 * (every month; January, April, July and October for quarters), reporting on the period that ended the
 * day before that month began.
 */
export function latestRun(cadence: ReportCadence, dayOfMonth: number, today: string): SchedulePeriod {
  const [month, day] = monthAndDay(today);
  let runMonth = day >= dayOfMonth ? month : month - 1;
  while (!runsIn(cadence, runMonth)) runMonth--;
  return period(cadence, dayOfMonth, runMonth);
}

/** The first run strictly after `day`. */
export function nextRun(cadence: ReportCadence, dayOfMonth: number, day: string): SchedulePeriod {
  const [month, dayOf] = monthAndDay(day);
  let runMonth = dayOf < dayOfMonth ? month : month + 1;
  while (!runsIn(cadence, runMonth)) runMonth++;
  return period(cadence, dayOfMonth, runMonth);
}

/** Months are counted from January of year 0, so that stepping back across a year is a subtraction. */
function monthAndDay(day: string): [number, number] {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return [year * 12 + month - 1, dayOfMonth];
}

const runsIn = (cadence: ReportCadence, month: number) => month % MONTHS_PER_PERIOD[cadence] === 0;

function period(cadence: ReportCadence, dayOfMonth: number, runMonth: number): SchedulePeriod {
  return {
    runsOn: dayIn(runMonth, dayOfMonth),
    asOf: lastDayOf(runMonth - 1),
    previousAsOf: lastDayOf(runMonth - 1 - MONTHS_PER_PERIOD[cadence]),
  };
}

function dayIn(month: number, day: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day 0 of the next month is the last day of this one. */
const lastDayOf = (month: number) =>
  dayIn(month, new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0)).getUTCDate());
