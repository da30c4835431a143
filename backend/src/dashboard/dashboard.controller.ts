import { DashboardDto, Permission } from '@accord/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess } from '../auth/authenticated.decorator';
import type { AgreementAccess } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { DashboardService } from './dashboard.service';
import { DashboardQueryDto } from './dashboard-query.dto';
import { DashboardResponse } from './dto/dashboard.response';

@ApiTags('dashboard')
@Controller('agreements/:agreementId/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'PAM rate, counts by level and operational status, progress by pillar and party, overdue items',
    type: DashboardResponse,
  })
  @ApiErrors(400, 404)
  get(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: DashboardQueryDto,
    @CurrentAccess() access: AgreementAccess,
  ): Promise<DashboardDto> {
    return this.dashboard.forAgreement(access, query.asOf);
  }
}
