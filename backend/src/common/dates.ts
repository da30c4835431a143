import { ValidateBy, ValidationOptions } from 'class-validator';

/** Today's date in UTC as yyyy-mm-dd, the default "as of" of every figure. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The latest date that is already today somewhere (UTC+14): a monitor's "today" in their own time zone
 * is never refused as a future date.
 */
export const latestTodayIso = (now = new Date()) => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

/** A real calendar date in yyyy-mm-dd (rejects 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
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
