import { IndicatorValueQuery } from '@accord/shared';
import { IsOptional, IsUUID } from 'class-validator';
import { ReviewListQueryDto } from '../../common/review-list-query.dto';

export class IndicatorValueQueryDto extends ReviewListQueryDto implements IndicatorValueQuery {
  @IsOptional()
  @IsUUID()
  indicatorId?: string;
}
