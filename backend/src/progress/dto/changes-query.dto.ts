import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class ChangesQueryDto {
  /** The day to compare from (yyyy-mm-dd): its figures are those known at its end. */
  @IsCalendarDate()
  since!: string;

  /** The day to compare to (yyyy-mm-dd), not before `since` nor in the future; today in the agreement's time zone by default. */
  @IsOptional()
  @IsCalendarDate()
  until?: string;
}
