/**
 * Monitoring meetings a user marks on an agreement, for themselves: "what changed" compares, by default,
 * with the last one before the day it compares to.
 */

/** The longest title a mark may carry: a short name such as "CSA, 42nd session". */
export const MEETING_TITLE_MAX_LENGTH = 120;

/** A day the user marked as one of the agreement's monitoring meetings. */
export interface MeetingMarkDto {
  /** yyyy-mm-dd, a day of the agreement's calendar; one mark per user, agreement and day. */
  heldOn: string;
  /** null: no title was given. */
  title: string | null;
  /** When the mark was made (ISO 8601). */
  createdAt: string;
}

/**
 * Marks a meeting on `heldOn`: not after the agreement's today, not before it was signed. A day marked
 * already answers 409 with `errors.heldOn = 'alreadyMarked'`, and the mark stays as it was.
 */
export interface CreateMeetingMarkRequest {
  heldOn: string;
  title?: string;
}
