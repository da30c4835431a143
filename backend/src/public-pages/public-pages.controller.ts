import { PublicAgreementDto } from '@accord/shared';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/authenticated.decorator';
import { ApiErrors } from '../common/api-error.response';
import { PublicPagesService } from './public-pages.service';

@ApiTags('public pages')
@Controller('public/agreements')
export class PublicPagesController {
  constructor(private readonly publicPages: PublicPagesService) {}

  @Get(':slug')
  @Public()
  @ApiOkResponse({ description: 'Approved, non-confidential progress of an agreement whose public page is on' })
  @ApiErrors(404)
  get(@Param('slug') slug: string): Promise<PublicAgreementDto> {
    return this.publicPages.get(slug);
  }
}
