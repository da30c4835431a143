import {
  CreateReportScheduleRequest,
  LAST_SCHEDULE_DAY,
  REPORT_CADENCES,
  REPORT_LANGUAGES,
  ReportCadence,
  ReportLanguage,
  UpdateReportScheduleRequest,
} from '@accord/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/paging';

/** More recipients than a schedule takes: a mailing list, not a schedule's readers. */
const MAX_RECIPIENTS = 200;
const changed = (_: object, value: unknown) => value !== undefined;

export class CreateReportScheduleDto implements CreateReportScheduleRequest {
  @ApiProperty({ enum: REPORT_CADENCES })
  @IsIn(REPORT_CADENCES)
  cadence!: ReportCadence;

  /** The day of the month the report is due (1 to 28, days every month has). */
  @IsInt()
  @Min(1)
  @Max(LAST_SCHEDULE_DAY)
  dayOfMonth!: number;

  @ApiProperty({ enum: REPORT_LANGUAGES })
  @IsIn(REPORT_LANGUAGES)
  language!: ReportLanguage;

  /** Accounts that read the agreement: its members, or administrators. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recipientIds!: string[];
}

export class UpdateReportScheduleDto implements UpdateReportScheduleRequest {
  @ApiPropertyOptional({ enum: REPORT_CADENCES })
  @ValidateIf(changed)
  @IsIn(REPORT_CADENCES)
  cadence?: ReportCadence;

  @ValidateIf(changed)
  @IsInt()
  @Min(1)
  @Max(LAST_SCHEDULE_DAY)
  dayOfMonth?: number;

  @ApiPropertyOptional({ enum: REPORT_LANGUAGES })
  @ValidateIf(changed)
  @IsIn(REPORT_LANGUAGES)
  language?: ReportLanguage;

  /** The new list of recipients, replacing the old one. */
  @ValidateIf(changed)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recipientIds?: string[];

  /** A paused schedule does not run until it is resumed; the periods it missed are not reported. */
  @ValidateIf(changed)
  @IsBoolean()
  paused?: boolean;
}

export class ReceivedReportQueryDto extends PageQueryDto {
  /** Only the reports of this agreement. */
  @IsOptional()
  @IsUUID()
  agreementId?: string;
}
