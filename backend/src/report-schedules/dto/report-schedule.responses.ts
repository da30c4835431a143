import {
  Page,
  REPORT_CADENCES,
  REPORT_LANGUAGES,
  ReceivedReportDto,
  ReportCadence,
  ReportLanguage,
  ReportScheduleDto,
  ReportScheduleRunDto,
  SchedulePeriod,
  ScheduleRecipientDto,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { ReportResponse } from '../../reports/dto/report.responses';

// OpenAPI documentation of the schedule types in shared/.

export class ScheduleRecipientResponse implements ScheduleRecipientDto {
  userId!: string;
  displayName!: string;
  email!: string;
  /** Still reads the agreement (active member, or administrator): only then do they receive its reports */
  receives!: boolean;
}

export class SchedulePeriodResponse implements SchedulePeriod {
  /** yyyy-mm-dd, in the agreement's calendar */
  runsOn!: string;
  asOf!: string;
  previousAsOf!: string;
}

export class ScheduleLastRunResponse {
  asOf!: string;
  ranAt!: string;
}

export class ReportScheduleResponse implements ReportScheduleDto {
  id!: string;
  agreementId!: string;
  @ApiProperty({ enum: REPORT_CADENCES })
  cadence!: ReportCadence;
  dayOfMonth!: number;
  @ApiProperty({ enum: REPORT_LANGUAGES })
  language!: ReportLanguage;
  paused!: boolean;
  recipients!: ScheduleRecipientResponse[];
  createdAt!: string;
  createdByName!: string;
  @ApiProperty({ type: ScheduleLastRunResponse, nullable: true })
  lastRun!: ScheduleLastRunResponse | null;
  @ApiProperty({ type: SchedulePeriodResponse, nullable: true, description: 'null while paused' })
  nextRun!: SchedulePeriodResponse | null;
  version!: number;
}

export class RunReportResponse {
  reportId!: string;
  includesConfidential!: boolean;
  recipientIds!: string[];
}

export class ReportScheduleRunResponse implements ReportScheduleRunDto {
  id!: string;
  scheduleId!: string;
  asOf!: string;
  previousAsOf!: string;
  ranAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "null: the server's hourly check" })
  ranById!: string | null;
  reports!: RunReportResponse[];
}

export class ReceivedReportResponse extends ReportResponse implements ReceivedReportDto {
  agreementTitle!: string;
  deliveredAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: not opened yet' })
  readAt!: string | null;
}

export class ReceivedReportPageResponse implements Page<ReceivedReportDto> {
  items!: ReceivedReportResponse[];
  total!: number;
  page!: number;
  pageSize!: number;
}
