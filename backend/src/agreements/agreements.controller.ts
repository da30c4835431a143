import { AgreementDetailDto, AgreementSummaryDto, Permission } from '@accord/shared';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { AgreementsService } from './agreements.service';
import { AgreementDetailResponse, AgreementSummaryResponse } from './dto/agreement.responses';

@ApiTags('agreements')
@Controller('agreements')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({ description: 'Agreements with their commitment counts', type: [AgreementSummaryResponse] })
  list(): Promise<AgreementSummaryDto[]> {
    return this.agreements.list();
  }

  @Get(':agreementId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The agreement with its scale, pillars, parties, monitoring bodies and text structure; ETag = version',
    type: AgreementDetailResponse,
  })
  @ApiErrors(400, 404)
  detail(@UuidParam('agreementId') id: string): Promise<AgreementDetailDto> {
    return this.agreements.detail(id);
  }
}
