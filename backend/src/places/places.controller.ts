import { AgreementMapDto, Permission } from '@accord/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess } from '../auth/authenticated.decorator';
import type { AgreementAccess } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IndicatorQueryDto } from '../indicators/dto/indicator-query.dto';
import { AgreementMapResponse } from './dto/map.response';
import { PlacesService } from './places.service';

@ApiTags('map')
@Controller('agreements/:agreementId/map')
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({
    description: 'Progress and DDR totals by region of the boundary map, and the sites with their state',
    type: AgreementMapResponse,
  })
  @ApiErrors(400, 404)
  get(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: IndicatorQueryDto,
    @CurrentAccess() access: AgreementAccess,
  ): Promise<AgreementMapDto> {
    return this.places.map(access, query.asOf);
  }
}
