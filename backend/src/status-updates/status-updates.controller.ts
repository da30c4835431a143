import { MilestoneDto, Permission } from '@accord/shared';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../auth/authenticated.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { MilestoneResponse } from '../milestones/dto/milestone.responses';
import { CreateStatusUpdateDto } from './dto/create-status-update.dto';
import { StatusUpdatesService } from './status-updates.service';

@ApiTags('status updates')
@Controller('milestones/:milestoneId/status-updates')
export class StatusUpdatesController {
  constructor(private readonly statusUpdates: StatusUpdatesService) {}

  @Post()
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag (version) of the milestone as read' })
  @ApiCreatedResponse({
    description: 'The milestone with its new current status and history; ETag = new version',
    type: MilestoneResponse,
  })
  @ApiErrors(400, 404, 412, 428)
  record(
    @UuidParam('milestoneId') milestoneId: string,
    @IfMatchVersion() version: number,
    @Body() body: CreateStatusUpdateDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MilestoneDto> {
    return this.statusUpdates.record(milestoneId, version, body, user);
  }
}
