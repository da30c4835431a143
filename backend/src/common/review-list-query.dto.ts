import { ReviewState, StatusUpdateQuery } from '@accord/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from './paging';

/** The filters every list of reviewed rows takes (status updates, indicator values): see reviewListConditions. */
export class ReviewListQueryDto extends PageQueryDto implements Pick<StatusUpdateQuery, 'state' | 'mine' | 'authorId'> {
  @ApiPropertyOptional({ enum: ReviewState, enumName: 'ReviewState' })
  @IsOptional()
  @IsEnum(ReviewState)
  state?: ReviewState;

  /** Only the caller's own. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;

  @IsOptional()
  @IsUUID()
  authorId?: string;
}
