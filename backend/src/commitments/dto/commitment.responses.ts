import { CommitmentDetailDto, CommitmentListItemDto, OperationalStatus, Page, PartyRefDto } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { PillarResponse, TextSectionResponse } from '../../agreements/dto/agreement.responses';
import { MilestoneResponse } from '../../milestones/dto/milestone.responses';

// OpenAPI documentation of the commitment types in shared/.

export class PartyRefResponse implements PartyRefDto {
  id!: string;
  acronym!: string;
  name!: string;
}

export class CommitmentListItemResponse implements CommitmentListItemDto {
  id!: string;
  reference!: string;
  title!: string;
  pillarId!: string;
  pillarName!: string;
  parties!: PartyRefResponse[];
  deadline!: string | null;
  overdue!: boolean;
  /** PAM level 0-3, derived from the milestones */
  pamLevel!: number;
  @ApiProperty({ enum: OperationalStatus, enumName: 'OperationalStatus', nullable: true })
  operationalStatus!: OperationalStatus | null;
  milestoneCount!: number;
  /** Effective date of the latest update */
  lastUpdate!: string | null;
}

export class CommitmentPageResponse implements Page<CommitmentListItemDto> {
  items!: CommitmentListItemResponse[];
  total!: number;
  page!: number;
  pageSize!: number;
}

export class CommitmentDetailResponse implements CommitmentDetailDto {
  id!: string;
  /** The day the statuses are computed for (today in the agreement's time zone) */
  asOf!: string;
  agreementId!: string;
  reference!: string;
  title!: string;
  text!: string;
  section!: TextSectionResponse | null;
  pillar!: PillarResponse;
  parties!: PartyRefResponse[];
  deadline!: string | null;
  deadlineNote!: string | null;
  /** Send it back in If-Match to write; changes too when a milestone moves */
  version!: number;
  pamLevel!: number;
  @ApiProperty({ enum: OperationalStatus, enumName: 'OperationalStatus', nullable: true })
  operationalStatus!: OperationalStatus | null;
  overdue!: boolean;
  milestones!: MilestoneResponse[];
}
