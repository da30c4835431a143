import { FieldError, IMPORT_KINDS, ImportKind, ImportReportDto, JobDto, Permission } from '@accord/shared';
import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { ApiException } from '../common/api-exception';
import { attachment } from '../common/content-disposition';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { JobResponse } from '../jobs/dto/job.response';
import { BulkImportService } from './bulk-import.service';
import { ImportRequestDto, TemplateQueryDto } from './dto/import-request.dto';
import { ImportRejectedResponse, ImportReportResponse } from './dto/import-report.responses';
import { TEMPLATE_MEDIA_TYPES } from './import-templates';

/** A file as the upload interceptor hands it over (in memory, within IMPORT_MAX_BYTES). */
interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
}

/** The kind in a template's path; anything else is a 400 naming it. */
const KindParam = () =>
  Param('kind', {
    transform: (value: string) => {
      if (!IMPORT_KINDS.includes(value as ImportKind)) throw ApiException.validation({ kind: 'isEnum' });
      return value as ImportKind;
    },
  });

@ApiTags('bulk import')
@Controller('agreements/:agreementId')
export class BulkImportController {
  constructor(private readonly imports: BulkImportService) {}

  @Get('import-templates/:kind')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @ApiProduces(...Object.values(TEMPLATE_MEDIA_TYPES))
  @ApiOkResponse({
    description:
      'The header and an example row a dry run accepts; XLSX adds a sheet saying what each column accepts on this ' +
      'agreement (pillar codes, party acronyms, region codes, levels). Commitments and milestones need agreement:manage.',
  })
  @ApiErrors(400, 404)
  async template(
    @UuidParam('agreementId') _agreementId: string,
    @KindParam() kind: ImportKind,
    @Query() query: TemplateQueryDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
  ): Promise<StreamableFile> {
    const content = await this.imports.template(kind, query.format, actor.user, scope);
    return new StreamableFile(content, {
      type: TEMPLATE_MEDIA_TYPES[query.format],
      length: content.length,
      disposition: attachment(`import-${kind}.${query.format}`),
    });
  }

  @Post('imports')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description:
      'Field `file` (CSV, comma or semicolon separated, UTF-8; or XLSX, first sheet) with `kind` and `dryRun` ' +
      '(default true). One kind per file, in this order for a new agreement: commitments, milestones, then status ' +
      "updates and indicator values. Read up to a spreadsheet's limits: 1,048,576 rows, 16,384 columns, 32,767 " +
      "characters a cell (1 MiB a CSV row); an XLSX file's sheet, shared strings and styles may unpack to 512 MiB " +
      'and 100 times its size (`tooManyRows`, `cellTooLong`, `workbookTooLarge` in the report).',
    schema: { type: 'object', required: ['file', 'kind'] },
  })
  @ApiHeader({
    name: 'Accept',
    required: false,
    description: 'text/csv on a dry run: every error as CSV (row, column, code) instead of the JSON report',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({
    description:
      'The report: rows read, every error by row and column (the first 1,000; all of them as CSV), rows stored. ' +
      'A dry run (200) stores nothing; an import (201) stores every row in one transaction.',
    type: ImportReportResponse,
  })
  @ApiResponse({
    status: 202,
    description:
      'A file over 512 KiB runs as a job (its progress: GET /api/jobs/:jobId); its file is this report (JSON), ' +
      'errors included: a file with errors stores nothing',
    type: JobResponse,
  })
  @ApiResponse({ status: 422, description: 'The file has errors: nothing was stored', type: ImportRejectedResponse })
  @ApiErrors(400, 404, 413)
  async import(
    @UuidParam('agreementId') _agreementId: string,
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() body: ImportRequestDto,
    @Headers('accept') accept: string | undefined,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReportDto | JobDto | StreamableFile> {
    if (!file) throw ApiException.validation({ file: FieldError.Required });
    const request = {
      kind: body.kind,
      content: file.buffer,
      fileName: file.originalname,
      actor,
      scope,
      idempotency,
    };
    const dryRun = body.dryRun !== 'false';
    if (dryRun && accept?.includes('text/csv')) {
      const errors = await this.imports.allErrors(request);
      response.status(200);
      return new StreamableFile(errors, {
        type: 'text/csv; charset=utf-8',
        disposition: attachment(`errors-${body.kind}.csv`),
      });
    }
    const started = await this.imports.start({ ...request, dryRun });
    if ('job' in started) {
      response.status(202);
      return started.job;
    }
    response.status(dryRun ? 200 : 201);
    return started.report;
  }
}
