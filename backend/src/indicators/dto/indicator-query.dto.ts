import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class IndicatorQueryDto {
  /** The day to compute the current values for (yyyy-mm-dd); today in the agreement's time zone by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
