import { CreateMeetingMarkRequest, MEETING_TITLE_MAX_LENGTH } from '@accord/shared';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { Trim } from '../../common/trim';

export class CreateMeetingMarkDto implements CreateMeetingMarkRequest {
  /** The day of the meeting (yyyy-mm-dd): not after the agreement's today, not before it was signed. */
  @IsCalendarDate()
  heldOn!: string;

  /** A short name for the meeting; omit it for none (null is refused). */
  @ValidateIf((_, value) => value !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MEETING_TITLE_MAX_LENGTH)
  title?: string;
}
