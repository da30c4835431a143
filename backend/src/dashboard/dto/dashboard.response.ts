import {
  DashboardDto,
  WithheldDto,
  LevelCount,
  OperationalStatus,
  OverdueItemDto,
  ProgressGroup,
  StatusCount,
} from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

// OpenAPI documentation of the dashboard types in shared/.

export class LevelCountResponse implements LevelCount {
  /** PAM level 0-3 */
  level!: number;
  count!: number;
}

export class StatusCountResponse implements StatusCount {
  @ApiProperty({
    enum: OperationalStatus,
    enumName: 'OperationalStatus',
    nullable: true,
    description: 'null: not assessed',
  })
  status!: OperationalStatus | null;
  count!: number;
}

export class ProgressGroupResponse implements ProgressGroup {
  id!: string;
  label!: string;
  commitments!: number;
  /** PAM aggregate implementation rate of the group, 0-100 */
  rate!: number | null;
  levels!: LevelCountResponse[];
}

export class OverdueItemResponse implements OverdueItemDto {
  @ApiProperty({ enum: ['commitment', 'milestone'] })
  kind!: 'commitment' | 'milestone';
  id!: string;
  commitmentId!: string;
  reference!: string;
  title!: string;
  dueDate!: string;
  daysOverdue!: number;
  pamLevel!: number;
}

export class DashboardResponse implements DashboardDto {
  agreementId!: string;
  /** yyyy-mm-dd: every figure is computed as of this date */
  asOf!: string;
  commitments!: number;
  milestones!: number;
  /** PAM aggregate implementation rate: sum of levels / (n x 3) x 100, one decimal */
  implementationRate!: number | null;
  byLevel!: LevelCountResponse[];
  byOperationalStatus!: StatusCountResponse[];
  byPillar!: ProgressGroupResponse[];
  byParty!: ProgressGroupResponse[];
  /** The first 100 overdue items, oldest due date first */
  overdue!: OverdueItemResponse[];
  overdueTotal!: number;
  /** Confidential items left out for this reader; null when nothing is withheld */
  withheld!: WithheldResponse | null;
}

export class WithheldResponse implements WithheldDto {
  milestones!: number;
  statusUpdates!: number;
}
