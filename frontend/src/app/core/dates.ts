import { todayIn } from '@accord/shared';

/** Today in the user's own calendar, as the API writes dates (yyyy-mm-dd). */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/**
 * Today in an agreement's calendar, the day the API counts as "today" for it; the user's own calendar
 * while the zone is not known yet or not recognised by this browser.
 */
export function todayInAgreementZone(timeZone: string | null | undefined, now = new Date()): string {
  if (!timeZone) return todayIso(now);
  try {
    return todayIn(timeZone, now);
  } catch {
    return todayIso(now);
  }
}
