import { MeetingMarkDto } from '@accord/shared';

/** How far back "what changed" looks when no start day is chosen nor a meeting marked: about one quarter, a committee's usual cycle. */
export const DEFAULT_WINDOW_DAYS = 90;

/** The calendar day (yyyy-mm-dd) `count` days before `day`, counted in UTC so no clock change can shift it. */
export function daysBefore(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}

/** The latest of the user's marked meetings strictly before `until`, if any (in whatever order they come). */
function lastMeetingBefore(meetings: readonly Pick<MeetingMarkDto, 'heldOn'>[], until: string): string | undefined {
  return meetings.reduce<string | undefined>(
    (latest, { heldOn }) => (heldOn < until && (!latest || heldOn > latest) ? heldOn : latest),
    undefined,
  );
}

/**
 * The start day to compare from when none is chosen: the user's last marked meeting before `until` (what
 * changed since we last met), else `DEFAULT_WINDOW_DAYS` before `until`, but not before the agreement was
 * signed (nothing was recorded earlier).
 */
export function defaultSince(
  until: string,
  signedOn: string | null | undefined,
  meetings: readonly Pick<MeetingMarkDto, 'heldOn'>[],
): string {
  const lastMeeting = lastMeetingBefore(meetings, until);
  if (lastMeeting) return lastMeeting;
  const since = daysBefore(until, DEFAULT_WINDOW_DAYS);
  return signedOn && signedOn > since ? (signedOn < until ? signedOn : until) : since;
}
