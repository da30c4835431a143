import {
  EvidenceDto,
  EvidenceKind,
  MilestoneDto,
  OperationalStatus,
  ReviewState,
  SourceLinkDto,
  SourceReliability,
  StatusUpdateDto,
  StatusUpdateListItemDto,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

// OpenAPI documentation of the milestone types in shared/.

export class SourceLinkResponse implements SourceLinkDto {
  url!: string;
  title?: string;
}

export class EvidenceResponse implements EvidenceDto {
  id!: string;
  statusUpdateId!: string;
  @ApiProperty({ enum: EvidenceKind, enumName: 'EvidenceKind' })
  kind!: EvidenceKind;
  title!: string;
  evidenceDate!: string | null;
  @ApiProperty({ enum: SourceReliability, enumName: 'SourceReliability' })
  reliability!: SourceReliability;
  url!: string | null;
  fileName!: string | null;
  /** Found in the file's content, not taken from its name */
  mediaType!: string | null;
  sizeBytes!: number | null;
  /** Hex SHA-256 of the file as stored */
  sha256!: string | null;
  confidential!: boolean;
  uploadedByName!: string;
  createdAt!: string;
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
  authorId!: string;
  authorName!: string;
  recordedAt!: string;
  confidential!: boolean;
  @ApiProperty({ enum: ReviewState, enumName: 'ReviewState' })
  reviewState!: ReviewState;
  reviewedAt!: string | null;
  /** Null for an update counted without review */
  reviewerName!: string | null;
  returnReason!: string | null;
  resubmissionOf!: string | null;
  resubmittedAs!: string | null;
  evidence!: EvidenceResponse[];
}

export class StatusUpdateListItemResponse extends StatusUpdateResponse implements StatusUpdateListItemDto {
  commitmentId!: string;
  commitmentReference!: string;
  commitmentTitle!: string;
  milestoneTitle!: string;
  pillarId!: string;
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
  confidential!: boolean;
  /** Newest first; unapproved updates only for their author and reviewers */
  history!: StatusUpdateResponse[];
}
