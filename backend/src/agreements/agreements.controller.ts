import { AgreementDetailDto, AgreementSummaryDto, Permission } from '@accord/shared';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentUser } from '../auth/authenticated.decorator';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { AgreementsService } from './agreements.service';
import { AgreementDetailResponse, AgreementSummaryResponse } from './dto/agreement.responses';
import { UpdateAgreementSettingsDto } from './dto/update-agreement-settings.dto';

@ApiTags('agreements')
@Controller()
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get('agreements')
  @Authenticated()
  @ApiOkResponse({
    description: 'The agreements the caller is a member of (all for administrators), with their commitment counts',
    type: [AgreementSummaryResponse],
  })
  list(@CurrentUser() user: AuthenticatedUser): Promise<AgreementSummaryDto[]> {
    return this.agreements.list(user);
  }

  @Get('agreements/:agreementId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'The agreement with its scale, pillars, parties, monitoring bodies and text structure; ETag = version',
    type: AgreementDetailResponse,
  })
  @ApiErrors(400, 404)
  detail(@UuidParam('agreementId') id: string): Promise<AgreementDetailDto> {
    return this.agreements.detail(id);
  }

  @Patch('agreements/:agreementId/settings')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the agreement as read' })
  @ApiOkResponse({
    description: 'The agreement with its new settings; ETag = new version',
    type: AgreementDetailResponse,
  })
  @ApiErrors(400, 404, 412, 428)
  updateSettings(
    @UuidParam('agreementId') id: string,
    @IfMatchVersion() version: number,
    @Body() changes: UpdateAgreementSettingsDto,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementDetailDto> {
    return this.agreements.updateSettings(id, version, changes, actor);
  }
}
