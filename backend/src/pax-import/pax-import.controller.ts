import { Page, PaxAgreementRowDto, PaxImportResultDto, PaxUploadDto, Permission } from '@accord/shared';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { PaxAgreementQueryDto, PaxImportDto } from './dto/pax-import.dto';
import { PaxAgreementPageResponse, PaxImportResultResponse, PaxUploadResponse } from './dto/pax-import.responses';
import { PaxImportService, UploadedPaxFile } from './pax-import.service';

/** Agreements from PA-X, for administrators (`agreement:create`): upload an export, search it, import. */
@ApiTags('pax-imports')
@Controller('pax-imports')
export class PaxImportController {
  constructor(private readonly paxImport: PaxImportService) {}

  @Post()
  @Authenticated({ permission: Permission.CreateAgreement })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description:
      'Field `file`: a PA-X export as CSV (UTF-8; the 38 metadata columns, with or without the coding columns), ' +
      'up to 16 MB. Every row is checked; a file with any problem is refused whole (422, `errors` keyed ' +
      '`rows.<row>.<column>`, `rows.<row>` or `file`, row 1 being the header).',
    schema: { type: 'object', required: ['file'] },
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The upload, kept a day for searching', type: PaxUploadResponse })
  @ApiErrors(400, 413, 422)
  upload(
    @UploadedFile() file: UploadedPaxFile | undefined,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<PaxUploadDto> {
    return this.paxImport.upload(file, actor, idempotency);
  }

  @Get(':uploadId/agreements')
  @Authenticated({ permission: Permission.CreateAgreement })
  @ApiOkResponse({ description: 'One page of the rows, by date signed', type: PaxAgreementPageResponse })
  @ApiErrors(400, 404)
  search(
    @UuidParam('uploadId') uploadId: string,
    @Query() query: PaxAgreementQueryDto,
  ): Promise<Page<PaxAgreementRowDto>> {
    return this.paxImport.search(uploadId, query);
  }

  @Post(':uploadId/imports')
  @Authenticated({ permission: Permission.CreateAgreement })
  @HttpCode(HttpStatus.OK)
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Each agreement created, updated or linked', type: PaxImportResultResponse })
  @ApiErrors(400, 404, 422)
  import(
    @UuidParam('uploadId') uploadId: string,
    @Body() body: PaxImportDto,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<PaxImportResultDto> {
    return this.paxImport.import(uploadId, body, actor, idempotency);
  }
}
