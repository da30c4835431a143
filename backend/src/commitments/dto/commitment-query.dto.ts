import { CommitmentQuery, CommitmentSort, OperationalStatus } from '@accord/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/paging';
import { Trim } from '../../common/trim';

const STATUS_FILTERS = [...Object.values(OperationalStatus), 'none'];

export class CommitmentQueryDto extends PageQueryDto implements CommitmentQuery {
  @IsOptional()
  @IsUUID()
  pillarId?: string;

  /** A coalition also matches the commitments of its member movements. */
  @IsOptional()
  @IsUUID()
  partyId?: string;

  /** An operational status, or `none` for commitments without one. */
  @ApiPropertyOptional({ enum: STATUS_FILTERS })
  @IsOptional()
  @IsIn(STATUS_FILTERS)
  status?: OperationalStatus | 'none';

  /** PAM level 0-3 of the commitment. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3)
  level?: number;

  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  /** Free text, matched in the reference, title and text. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsEnum(CommitmentSort)
  sort: CommitmentSort = CommitmentSort.Reference;
}
