import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../common/dates';

export class DashboardQueryDto {
  /** Compute every figure as of the end of this day (yyyy-mm-dd); default today in the agreement's time zone. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
