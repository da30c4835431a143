import { MilestoneDto, Page, Permission, StatusUpdateListItemDto } from '@accord/shared';
import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { MilestoneResponse, StatusUpdateListItemResponse } from '../milestones/dto/milestone.responses';
import { CreateStatusUpdateDto } from './dto/create-status-update.dto';
import { ReturnStatusUpdateDto } from './dto/return-status-update.dto';
import { StatusUpdateQueryDto } from './dto/status-update-query.dto';
import { StatusUpdatesService } from './status-updates.service';

@ApiTags('status updates')
@Controller()
export class StatusUpdatesController {
  constructor(private readonly statusUpdates: StatusUpdatesService) {}

  @Post('milestones/:milestoneId/status-updates')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) of the milestone as read' })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    description: 'Submitted for review (or counted at once for a trusted monitor); the milestone; ETag = new version',
    type: MilestoneResponse,
  })
  @ApiErrors(400, 404, 412, 422, 428)
  submit(
    @UuidParam('milestoneId') milestoneId: string,
    @IfMatchVersion() version: number,
    @Body() body: CreateStatusUpdateDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.statusUpdates.submit(milestoneId, version, body, actor, scope, idempotency);
  }

  @Get('agreements/:agreementId/status-updates')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description:
      'Newest first. Reviewers see every update (the review queue: state=submitted); others see approved ones and their own.',
    type: [StatusUpdateListItemResponse],
  })
  @ApiErrors(400, 404)
  list(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: StatusUpdateQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<Page<StatusUpdateListItemDto>> {
    return this.statusUpdates.list(scope, query);
  }

  @Post('status-updates/:statusUpdateId/approval')
  @HttpCode(HttpStatus.OK)
  @Authenticated({ permission: Permission.ReviewStatusUpdate })
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Approved: it counts from now on; the milestone', type: MilestoneResponse })
  @ApiErrors(400, 404, 409, 422)
  approve(
    @UuidParam('statusUpdateId') id: string,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.statusUpdates.approve(id, actor, scope, idempotency);
  }

  @Post('status-updates/:statusUpdateId/return')
  @HttpCode(HttpStatus.OK)
  @Authenticated({ permission: Permission.ReviewStatusUpdate })
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Returned to its author with the reason; the milestone', type: MilestoneResponse })
  @ApiErrors(400, 404, 409, 422)
  return(
    @UuidParam('statusUpdateId') id: string,
    @Body() body: ReturnStatusUpdateDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.statusUpdates.return(id, body.reason, actor, scope, idempotency);
  }
}
