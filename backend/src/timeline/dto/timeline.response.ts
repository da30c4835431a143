import { DeadlineState, TimelineDto, TimelineItemDto } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';

export class TimelineItemResponse implements TimelineItemDto {
  milestoneId!: string;
  milestoneTitle!: string;
  commitmentId!: string;
  commitmentReference!: string;
  commitmentTitle!: string;
  pillarId!: string;
  dueDate!: string;
  /** The day it first reached full, when it is full */
  completedOn!: string | null;
  @ApiProperty({ enum: DeadlineState, enumName: 'DeadlineState' })
  state!: DeadlineState;
  daysLate!: number | null;
}

export class TimelineResponse implements TimelineDto {
  agreementId!: string;
  asOf!: string;
  /** By deadline, earliest first */
  items!: TimelineItemResponse[];
}
