/** How far back "what changed" looks when no start day is chosen: about one quarter, a committee's usual cycle. */
export const DEFAULT_WINDOW_DAYS = 90;

/** The calendar day (yyyy-mm-dd) `count` days before `day`, counted in UTC so no clock change can shift it. */
export function daysBefore(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}

/**
 * The start day to compare from when none is chosen: `DEFAULT_WINDOW_DAYS` before `until`, but not before
 * the agreement was signed (nothing was recorded earlier).
 */
export function defaultSince(until: string, signedOn: string | null | undefined): string {
  const since = daysBefore(until, DEFAULT_WINDOW_DAYS);
  return signedOn && signedOn > since ? (signedOn < until ? signedOn : until) : since;
}
