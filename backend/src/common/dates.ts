import { ValidateBy, ValidationOptions } from 'class-validator';

/** Today in an IANA time zone, as yyyy-mm-dd: the default "as of" of an agreement's figures. */
export const todayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

/**
 * The latest date that is already today somewhere (UTC+14): a monitor's "today" in their own time zone
 * is never refused as a future date.
 */
export const latestTodayIso = (now = new Date()) => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/** A real calendar date in yyyy-mm-dd (rejects 2023-02-30 and year 0). */
export function isIsoDate(value: unknown): value is string {
  // Years 1000-9999: PostgreSQL has no year 0, and four digits keep dates comparable as text.
  if (typeof value !== 'string' || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** class-validator rule for a calendar date in yyyy-mm-dd; its field code is `isDate`. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDate',
      validator: { validate: isIsoDate, defaultMessage: () => '$property must be a date (yyyy-mm-dd)' },
    },
    options,
  );
