import { CreateReportRequest, REPORT_LANGUAGES, ReportLanguage } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class CreateReportDto implements CreateReportRequest {
  /** The report's day (yyyy-mm-dd): not after the agreement's today, not before it was signed. */
  @IsCalendarDate()
  asOf!: string;

  /**
   * The day "what changed" starts from (yyyy-mm-dd), not after `asOf`; by default the day of the latest
   * report before `asOf` that the caller sees, else the day the agreement was signed.
   */
  @IsOptional()
  @IsCalendarDate()
  previousAsOf?: string;

  @ApiProperty({ enum: REPORT_LANGUAGES })
  @IsIn(REPORT_LANGUAGES)
  language!: ReportLanguage;

  /** Limit the report's commitments to this pillar of the agreement. */
  @IsOptional()
  @IsUUID()
  pillarId?: string;
}
