import { AuditAction } from '@accord/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/dates';

export class AuditQueryDto {
  /** Records older than this sequence number (the `nextBeforeSeq` of the previous page). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  beforeSeq?: number;

  @ApiPropertyOptional({ type: Number, default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @IsOptional()
  @IsUUID()
  agreementId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  /** The id of the thing acted on (a status update, a user, …). */
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ enum: AuditAction, enumName: 'AuditAction' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  /** First day (UTC), inclusive. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day (UTC), inclusive. */
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
