import { CommitmentQuery, CommitmentSort, OperationalStatus } from '@accord/shared';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/trim';

export const MAX_PAGE_SIZE = 100;

export class CommitmentQueryDto implements CommitmentQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;

  @IsOptional()
  @IsUUID()
  pillarId?: string;

  /** A coalition also matches the commitments of its member movements. */
  @IsOptional()
  @IsUUID()
  partyId?: string;

  /** An operational status, or `none` for commitments without one. */
  @IsOptional()
  @IsIn([...Object.values(OperationalStatus), 'none'])
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
