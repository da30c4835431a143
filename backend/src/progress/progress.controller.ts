import { ChangesDto, Permission, TrendDto } from '@accord/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess } from '../auth/authenticated.decorator';
import type { AgreementAccess } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { ChangesQueryDto } from './dto/changes-query.dto';
import { ChangesResponse } from './dto/changes.response';
import { TrendQueryDto } from './dto/trend-query.dto';
import { TrendResponse } from './dto/trend.response';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('agreements/:agreementId')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('changes')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description:
      'What changed between two days: the PAM rate on each, the commitments whose level or status changed, ' +
      'items newly overdue, indicators whose value changed, approved updates in the window',
    type: ChangesResponse,
  })
  @ApiErrors(400, 404)
  changes(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: ChangesQueryDto,
    @CurrentAccess() access: AgreementAccess,
  ): Promise<ChangesDto> {
    return this.progress.changes(access, query);
  }

  @Get('trend')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The PAM rate and the commitments at each level at the end of each month',
    type: TrendResponse,
  })
  @ApiErrors(400, 404)
  trend(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: TrendQueryDto,
    @CurrentAccess() access: AgreementAccess,
  ): Promise<TrendDto> {
    return this.progress.trend(access, query);
  }
}
