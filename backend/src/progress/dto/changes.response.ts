import {
  ChangedCommitmentDto,
  ChangedIndicatorDto,
  ChangesDto,
  CommitmentStateDto,
  OperationalStatus,
  RateChangeDto,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { OverdueItemResponse } from '../../dashboard/dto/dashboard.response';

// OpenAPI documentation of the "what changed" types in shared/.

export class CommitmentStateResponse implements CommitmentStateDto {
  /** PAM level 0-3 */
  level!: number;

  @ApiProperty({
    enum: OperationalStatus,
    enumName: 'OperationalStatus',
    nullable: true,
    description: 'null: not assessed',
  })
  status!: OperationalStatus | null;
}

export class ChangedCommitmentResponse implements ChangedCommitmentDto {
  id!: string;
  reference!: string;
  title!: string;
  pillarId!: string;
  pillarName!: string;
  /** At the end of `since` */
  before!: CommitmentStateResponse;
  /** At the end of `until` */
  after!: CommitmentStateResponse;
}

export class ChangedIndicatorResponse implements ChangedIndicatorDto {
  id!: string;
  code!: string;
  name!: string;
  unit!: string;
  /** The latest approved total at the end of `since`; null: none yet */
  before!: number | null;
  /** The latest approved total at the end of `until`; null: none yet */
  after!: number | null;
  /** yyyy-mm-dd: the day the `before` value describes */
  beforeAsOf!: string | null;
  /** yyyy-mm-dd: the day the `after` value describes */
  afterAsOf!: string | null;
}

export class RateChangeResponse implements RateChangeDto {
  /** PAM aggregate implementation rate at the end of `since`, 0-100, one decimal */
  before!: number | null;
  /** PAM aggregate implementation rate at the end of `until`, 0-100, one decimal */
  after!: number | null;
  /** after - before, in points */
  difference!: number | null;
}

export class ChangesResponse implements ChangesDto {
  agreementId!: string;
  /** yyyy-mm-dd: the figures before are those known at the end of this day */
  since!: string;
  /** yyyy-mm-dd: the figures after are those known at the end of this day */
  until!: string;
  implementationRate!: RateChangeResponse;
  /** Commitments whose PAM level or operational status differs, in the agreement's order */
  commitments!: ChangedCommitmentResponse[];
  /** Commitments and milestones overdue at `until` but not at `since`, oldest due date first (daysOverdue at `until`) */
  newlyOverdue!: OverdueItemResponse[];
  /** Indicators whose latest approved total differs */
  indicators!: ChangedIndicatorResponse[];
  /** Approved status updates effective after `since` and on or before `until` */
  statusUpdates!: number;
}
