import { Permission, TimelineDto } from '@accord/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess } from '../auth/authenticated.decorator';
import type { AgreementAccess } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { TimelineResponse } from './dto/timeline.response';
import { TimelineService } from './timeline.service';

@ApiTags('timeline')
@Controller('agreements/:agreementId/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'Milestones with a deadline: done on time, done late, overdue, upcoming or cancelled',
    type: TimelineResponse,
  })
  @ApiErrors(400, 404)
  get(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: TimelineQueryDto,
    @CurrentAccess() access: AgreementAccess,
  ): Promise<TimelineDto> {
    return this.timeline.forAgreement(access, query);
  }
}
