import { LevelCount, OverdueItemDto } from './dto';
import { OperationalStatus } from './status';

/** Progress over time: what changed between two days, and the PAM rate month by month. */

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** A calendar month written yyyy-mm, from the year 1000 on (as `isIsoDate`). */
export function isIsoMonth(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_MONTH.exec(value) : null;
  if (!match) return false;
  const [year, month] = match.slice(1).map(Number);
  return year >= 1000 && month >= 1 && month <= 12;
}

/** How many months from `from` to `to` (yyyy-mm), both included: 1 for the same month, 0 or less when reversed. */
export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  return index(to) - index(from) + 1;
}

/** The most months one trend covers: 20 years. */
export const MAX_TREND_MONTHS = 240;

/** A commitment's PAM level (0-3) and operational status on one day. */
export interface CommitmentStateDto {
  level: number;
  /** null: no operational status recorded yet. */
  status: OperationalStatus | null;
}

/** A commitment whose PAM level or operational status is not the same on both days. */
export interface ChangedCommitmentDto {
  id: string;
  reference: string;
  title: string;
  pillarId: string;
  pillarName: string;
  before: CommitmentStateDto;
  after: CommitmentStateDto;
}

/** An indicator whose current value (its latest approved total) is not the same on both days. */
export interface ChangedIndicatorDto {
  id: string;
  code: string;
  name: string;
  unit: string;
  /** null: no approved value yet. */
  before: number | null;
  after: number | null;
  /** The days the two values describe. */
  beforeAsOf: string | null;
  afterAsOf: string | null;
}

export interface RateChangeDto {
  /** PAM aggregate implementation rate, 0-100, one decimal; null without commitments. */
  before: number | null;
  after: number | null;
  /** after - before, in points, from the two rounded rates. */
  difference: number | null;
}

/**
 * What changed between the end of `since` and the end of `until`, each day's figures as they were known
 * then: approved updates only, confidential ones only for readers cleared to see them.
 */
export interface ChangesDto {
  agreementId: string;
  since: string;
  until: string;
  implementationRate: RateChangeDto;
  /** In the agreement's order. */
  commitments: ChangedCommitmentDto[];
  /** Overdue at `until`, not at `since` (daysOverdue counted at `until`), oldest due date first. */
  newlyOverdue: OverdueItemDto[];
  /** In the agreement's order. */
  indicators: ChangedIndicatorDto[];
  /** Approved status updates effective after `since` and on or before `until`. */
  statusUpdates: number;
}

/** The agreement (or one pillar) at the end of one month. */
export interface TrendPointDto {
  /** yyyy-mm */
  month: string;
  /** The month's last day, or today for the current month. */
  asOf: string;
  commitments: number;
  implementationRate: number | null;
  byLevel: LevelCount[];
}

export interface TrendDto {
  agreementId: string;
  /** null: the whole agreement. */
  pillarId: string | null;
  /** yyyy-mm, both included. */
  from: string;
  to: string;
  /** One per month, oldest first. */
  points: TrendPointDto[];
}
