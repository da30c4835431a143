import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../common/dates';

export class DashboardQueryDto {
  /** Compute every figure as of this date (yyyy-mm-dd); default today. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
