import {
  AgeGroup,
  DdrDashboardDto,
  DdrSeries,
  DdrSplit,
  DdrStage,
  DdrStageFigure,
  IndicatorCellDto,
  IndicatorDetailDto,
  IndicatorDimension,
  IndicatorDto,
  IndicatorValueDto,
  IndicatorValueListItemDto,
  Page,
  ReviewState,
  Sex,
} from '@accord/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SourceLinkResponse } from '../../milestones/dto/milestone.responses';
import { RegionNameResponse, SiteResponse } from '../../places/dto/map.response';

// OpenAPI documentation of the indicator types in shared/.

export class IndicatorCellResponse implements IndicatorCellDto {
  @ApiPropertyOptional({ enum: Sex, enumName: 'Sex' })
  sex?: Sex;
  @ApiPropertyOptional({ enum: AgeGroup, enumName: 'AgeGroup' })
  ageGroup?: AgeGroup;
  armedGroup?: string;
  region?: string;
  value!: number;
}

export class IndicatorValueResponse implements IndicatorValueDto {
  id!: string;
  indicatorId!: string;
  asOf!: string;
  total!: number;
  cells!: IndicatorCellResponse[];
  note!: string;
  sourceLinks!: SourceLinkResponse[];
  confidential!: boolean;
  authorId!: string;
  authorName!: string;
  recordedAt!: string;
  @ApiProperty({ enum: ReviewState, enumName: 'ReviewState' })
  reviewState!: ReviewState;
  reviewedAt!: string | null;
  reviewerName!: string | null;
  returnReason!: string | null;
}

export class IndicatorValueListItemResponse extends IndicatorValueResponse implements IndicatorValueListItemDto {
  indicatorCode!: string;
  indicatorName!: string;
  unit!: string;
}

export class IndicatorValuePageResponse implements Page<IndicatorValueListItemDto> {
  items!: IndicatorValueListItemResponse[];
  total!: number;
  page!: number;
  pageSize!: number;
}

export class IndicatorResponse implements IndicatorDto {
  id!: string;
  agreementId!: string;
  commitmentId!: string | null;
  code!: string;
  name!: string;
  unit!: string;
  @ApiProperty({ enum: DdrStage, enumName: 'DdrStage', nullable: true })
  ddrStage!: DdrStage | null;
  baseline!: number;
  target!: number | null;
  targetDate!: string | null;
  @ApiProperty({ enum: IndicatorDimension, enumName: 'IndicatorDimension', isArray: true })
  dimensions!: IndicatorDimension[];
  position!: number;
  /** Send it back in If-Match to record a value */
  version!: number;
  asOf!: string;
  current!: IndicatorValueResponse | null;
  /** Current total / target x 100, one decimal */
  progress!: number | null;
}

export class IndicatorDetailResponse extends IndicatorResponse implements IndicatorDetailDto {
  history!: IndicatorValueResponse[];
}

export class DdrStageFigureResponse implements DdrStageFigure {
  @ApiProperty({ enum: DdrStage, enumName: 'DdrStage' })
  stage!: DdrStage;
  indicatorId!: string | null;
  name!: string | null;
  unit!: string | null;
  total!: number | null;
  target!: number | null;
  progress!: number | null;
  valueAsOf!: string | null;
}

export class DdrPointResponse {
  asOf!: string;
  total!: number;
}

export class DdrSeriesResponse implements DdrSeries {
  @ApiProperty({ enum: DdrStage, enumName: 'DdrStage' })
  stage!: DdrStage;
  points!: DdrPointResponse[];
}

export class DdrSplitResponse implements DdrSplit {
  @ApiProperty({ enum: DdrStage, enumName: 'DdrStage' })
  stage!: DdrStage;
  @ApiProperty({ enum: IndicatorDimension, enumName: 'IndicatorDimension' })
  dimension!: IndicatorDimension;
  key!: string;
  value!: number;
}

export class DdrDashboardResponse implements DdrDashboardDto {
  agreementId!: string;
  asOf!: string;
  /** Every stage of the chain, in order */
  stages!: DdrStageFigureResponse[];
  series!: DdrSeriesResponse[];
  splits!: DdrSplitResponse[];
  sites!: SiteResponse[];
  regions!: RegionNameResponse[];
}
