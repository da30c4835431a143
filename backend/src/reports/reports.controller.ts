import { Page, Permission, ReportDetailDto, ReportDto } from '@accord/shared';
import { Body, Controller, Get, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { attachment } from '../common/content-disposition';
import { PageQueryDto } from '../common/paging';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { CreateReportDto } from './dto/create-report.dto';
import { ReportDetailResponse, ReportPageResponse } from './dto/report.responses';
import { PrintedReports } from './pdf/printed-reports';
import { ReportsService } from './reports.service';

/**
 * Every member who reads an agreement generates reports for their own scope, and sees the agreement's
 * reports whose figures they are cleared for.
 */
@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly printed: PrintedReports,
  ) {}

  @Post('agreements/:agreementId/reports')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The report, its figures and their content hash', type: ReportDetailResponse })
  @ApiErrors(400, 404, 422)
  generate(
    @UuidParam('agreementId') _agreementId: string,
    @Body() body: CreateReportDto,
    @CurrentReadScope() scope: ReadScope,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<ReportDetailDto> {
    return this.reports.generate(scope, body, actor, idempotency);
  }

  @Get('agreements/:agreementId/reports')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({ description: 'The reports the caller sees, newest first', type: ReportPageResponse })
  @ApiErrors(400, 404)
  list(
    @UuidParam('agreementId') _agreementId: string,
    @Query() query: PageQueryDto,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<Page<ReportDto>> {
    return this.reports.list(scope, query);
  }

  @Get('reports/:reportId')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiOkResponse({ description: 'The report, its figures and their content hash', type: ReportDetailResponse })
  @ApiErrors(400, 404)
  detail(@UuidParam('reportId') reportId: string): Promise<ReportDetailDto> {
    return this.reports.detail(reportId);
  }

  @Get('reports/:reportId/pdf')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The report printed from its stored figures, in its language (printed once, then kept)',
  })
  @ApiErrors(400, 404)
  async download(@UuidParam('reportId') reportId: string): Promise<StreamableFile> {
    const report = await this.reports.detail(reportId);
    const content = await this.printed.pdf(report);
    const name = `${report.figures.agreement.shortTitle}-${report.asOf}-${report.language}.pdf`.replace(/\s+/g, '-');
    return new StreamableFile(content, {
      type: 'application/pdf',
      length: content.length,
      disposition: attachment(name),
    });
  }
}
