import { MilestoneDto, Permission } from '@accord/shared';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get(':milestoneId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({ description: 'The milestone with its current status and full history; ETag = version' })
  @ApiNotFoundResponse()
  detail(@UuidParam('milestoneId') id: string): Promise<MilestoneDto> {
    return this.milestones.detail(id);
  }

  @Patch(':milestoneId')
  @Authenticated({ permission: Permission.UpdateMilestone })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the milestone as read' })
  @ApiOkResponse({ description: 'The updated milestone; ETag = new version' })
  @ApiPreconditionFailedResponse({ description: 'Someone else changed the milestone since it was read' })
  update(
    @UuidParam('milestoneId') id: string,
    @IfMatchVersion() version: number,
    @Body() changes: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.update(id, version, changes);
  }
}
