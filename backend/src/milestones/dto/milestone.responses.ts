import { MilestoneDto, OperationalStatus, SourceLinkDto, StatusUpdateDto } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

// OpenAPI documentation of the milestone types in shared/.

export class SourceLinkResponse implements SourceLinkDto {
  url!: string;
  title?: string;
}

export class StatusUpdateResponse implements StatusUpdateDto {
  id!: string;
  milestoneId!: string;
  /** yyyy-mm-dd: when the change happened */
  effectiveDate!: string;
  /** The level on the agreement's scale */
  level!: number | null;
  /** The level on PAM's 0-3 scale */
  pamScore!: number | null;
  @ApiProperty({ enum: OperationalStatus, enumName: 'OperationalStatus', nullable: true })
  operationalStatus!: OperationalStatus | null;
  narrative!: string;
  sourceLinks!: SourceLinkResponse[];
  authorName!: string;
  recordedAt!: string;
}

export class MilestoneResponse implements MilestoneDto {
  id!: string;
  /** The day the status is computed for (today in the agreement's time zone) */
  asOf!: string;
  commitmentId!: string;
  title!: string;
  description!: string | null;
  dueDate!: string | null;
  position!: number;
  /** Send it back in If-Match to write */
  version!: number;
  level!: number | null;
  pamScore!: number | null;
  @ApiProperty({ enum: OperationalStatus, enumName: 'OperationalStatus', nullable: true })
  operationalStatus!: OperationalStatus | null;
  overdue!: boolean;
  /** Newest first */
  history!: StatusUpdateResponse[];
}
