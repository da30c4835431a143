/** Today in the user's own calendar, as the API writes dates (yyyy-mm-dd). */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today in the calendar of an IANA time zone (an agreement's): the day the API counts as "today" for
 * it. Falls back to the user's own calendar while the zone is unknown or not recognised.
 */
export function todayIn(timeZone: string | null | undefined, now = new Date()): string {
  if (!timeZone) return todayIso(now);
  let format = dayFormats.get(timeZone);
  if (!format) {
    try {
      // en-CA writes dates year first; the parts are read one by one so no locale quirk can slip in.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return todayIso(now);
    }
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map(({ type, value }) => [type, value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written yyyy-mm-dd, from the year 1000 on (what a date input can produce). */
export function isIsoDate(value: string | null | undefined): value is string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
