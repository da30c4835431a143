import { CommitmentDetailDto, CommitmentListItemDto, Page, Permission } from '@accord/shared';
import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { CommitmentsService } from './commitments.service';
import { CommitmentQueryDto } from './dto/commitment-query.dto';
import { CommitmentDetailResponse, CommitmentPageResponse } from './dto/commitment.responses';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@ApiTags('commitments')
@Controller()
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Get('agreements/:agreementId/commitments')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: "One page of the agreement's commitments with their current status",
    type: CommitmentPageResponse,
  })
  @ApiErrors(400, 404)
  list(
    @UuidParam('agreementId') agreementId: string,
    @Query() query: CommitmentQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<Page<CommitmentListItemDto>> {
    return this.commitments.list(scope, query);
  }

  @Get('commitments/:commitmentId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The commitment with its article, parties, milestones and their full history; ETag = version',
    type: CommitmentDetailResponse,
  })
  @ApiErrors(400, 404)
  detail(@UuidParam('commitmentId') id: string, @CurrentReadScope() scope: ReadScope): Promise<CommitmentDetailDto> {
    return this.commitments.detail(id, scope);
  }

  @Patch('commitments/:commitmentId')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the commitment as read' })
  @ApiOkResponse({ description: 'The updated commitment; ETag = new version', type: CommitmentDetailResponse })
  @ApiErrors(400, 404, 412, 428)
  update(
    @UuidParam('commitmentId') id: string,
    @IfMatchVersion() version: number,
    @Body() changes: UpdateCommitmentDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<CommitmentDetailDto> {
    return this.commitments.update(id, version, changes, actor, scope);
  }
}
