/** Dates as the API writes them: calendar days, yyyy-mm-dd. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar day written yyyy-mm-dd (rejects 2023-02-30), from the year 1000 on: PostgreSQL has
 * no year 0, and four-digit years keep dates comparable as text.
 */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today in the calendar of an IANA time zone (an agreement's), as yyyy-mm-dd: the default "as of" of
 * its figures. Throws a RangeError for a zone the runtime does not know.
 */
export function todayIn(timeZone: string, now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  // The parts are read one by one so that no locale quirk of the separator can slip in.
  const parts = Object.fromEntries(format.formatToParts(now).map(({ type, value }) => [type, value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
