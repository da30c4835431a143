import { StatusUpdateQuery } from '@accord/shared';
import { IsOptional, IsUUID } from 'class-validator';
import { ReviewListQueryDto } from '../../common/review-list-query.dto';

export class StatusUpdateQueryDto extends ReviewListQueryDto implements StatusUpdateQuery {
  @IsOptional()
  @IsUUID()
  pillarId?: string;

  @IsOptional()
  @IsUUID()
  milestoneId?: string;
}
