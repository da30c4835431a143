import {
  DdrDashboardDto,
  IndicatorDetailDto,
  IndicatorDto,
  IndicatorValueListItemDto,
  Page,
  Permission,
} from '@accord/shared';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { ReturnStatusUpdateDto } from '../status-updates/dto/return-status-update.dto';
import { CreateIndicatorValueDto } from './dto/create-indicator-value.dto';
import { IndicatorQueryDto } from './dto/indicator-query.dto';
import { IndicatorValueQueryDto } from './dto/indicator-value-query.dto';
import {
  DdrDashboardResponse,
  IndicatorDetailResponse,
  IndicatorResponse,
  IndicatorValuePageResponse,
} from './dto/indicator.responses';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get('agreements/:agreementId/indicators')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'Indicators with their latest approved value as of the day',
    type: [IndicatorResponse],
  })
  @ApiErrors(400, 404)
  list(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: IndicatorQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<IndicatorDto[]> {
    return this.indicators.list(scope, query.asOf);
  }

  @Get('agreements/:agreementId/ddr')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The DDR chain as of the day: each stage against its target, its history and its splits',
    type: DdrDashboardResponse,
  })
  @ApiErrors(400, 404)
  ddr(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: IndicatorQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<DdrDashboardDto> {
    return this.indicators.ddr(scope, query.asOf);
  }

  @Get('agreements/:agreementId/indicator-values')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description:
      'Newest first. Reviewers see every value (the review queue: state=submitted); others see approved ones and their own.',
    type: IndicatorValuePageResponse,
  })
  @ApiErrors(400, 404)
  values(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: IndicatorValueQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<Page<IndicatorValueListItemDto>> {
    return this.indicators.listValues(scope, query);
  }

  @Get('indicators/:indicatorId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The indicator, its current value and its history; ETag = version',
    type: IndicatorDetailResponse,
  })
  @ApiErrors(400, 404)
  detail(
    @UuidParam('indicatorId') id: string,
    @Query() query: IndicatorQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<IndicatorDetailDto> {
    return this.indicators.detail(id, scope, query.asOf);
  }

  @Post('indicators/:indicatorId/values')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) of the indicator as read' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    description: 'Submitted for review; the indicator; ETag = new version',
    type: IndicatorDetailResponse,
  })
  @ApiErrors(400, 404, 412, 422, 428)
  submit(
    @UuidParam('indicatorId') id: string,
    @IfMatchVersion() version: number,
    @Body() body: CreateIndicatorValueDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<IndicatorDetailDto> {
    return this.indicators.submit(id, version, body, actor, scope, idempotency);
  }

  @Post('indicator-values/:indicatorValueId/approval')
  @HttpCode(HttpStatus.OK)
  @Authenticated({ permission: Permission.ReviewStatusUpdate })
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Approved: it counts from now on; the indicator', type: IndicatorDetailResponse })
  @ApiErrors(400, 404, 409, 422)
  approve(
    @UuidParam('indicatorValueId') id: string,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<IndicatorDetailDto> {
    return this.indicators.decide(id, null, actor, scope, idempotency);
  }

  @Post('indicator-values/:indicatorValueId/return')
  @HttpCode(HttpStatus.OK)
  @Authenticated({ permission: Permission.ReviewStatusUpdate })
  @ApiIdempotencyKey()
  @ApiOkResponse({
    description: 'Returned to its author with the reason; the indicator',
    type: IndicatorDetailResponse,
  })
  @ApiErrors(400, 404, 409, 422)
  return(
    @UuidParam('indicatorValueId') id: string,
    @Body() body: ReturnStatusUpdateDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<IndicatorDetailDto> {
    return this.indicators.decide(id, body.reason, actor, scope, idempotency);
  }
}
