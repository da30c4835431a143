import { TimelineQuery } from '@accord/shared';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class TimelineQueryDto implements TimelineQuery {
  @IsOptional()
  @IsUUID()
  pillarId?: string;

  /** A coalition includes its member movements. */
  @IsOptional()
  @IsUUID()
  partyId?: string;

  /** The day to compute the states for; today in the agreement's time zone by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
