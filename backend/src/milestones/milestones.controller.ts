import { MilestoneDto, Permission } from '@accord/shared';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { MilestoneResponse } from './dto/milestone.responses';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get(':milestoneId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The milestone with its current status and the history the caller may see; ETag = version',
    type: MilestoneResponse,
  })
  @ApiErrors(400, 404)
  detail(@UuidParam('milestoneId') id: string, @CurrentReadScope() scope: ReadScope): Promise<MilestoneDto> {
    return this.milestones.detail(id, scope);
  }

  @Patch(':milestoneId')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the milestone as read' })
  @ApiOkResponse({ description: 'The updated milestone; ETag = new version', type: MilestoneResponse })
  @ApiErrors(400, 404, 412, 428)
  update(
    @UuidParam('milestoneId') id: string,
    @IfMatchVersion() version: number,
    @Body() changes: UpdateMilestoneDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<MilestoneDto> {
    return this.milestones.update(id, version, changes, actor, scope);
  }
}
