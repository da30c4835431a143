import { EvidenceDto, Permission } from '@accord/shared';
import { Body, Controller, Get, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, CurrentReadScope, ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { attachment } from '../common/content-disposition';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { EvidenceResponse } from '../milestones/dto/milestone.responses';
import { CreateEvidenceLinkDto, UploadEvidenceDto } from './dto/evidence.dto';
import { EvidenceService, UploadedEvidenceFile } from './evidence.service';

@ApiTags('evidence')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('status-updates/:statusUpdateId/evidence/links')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'A link added to an update that awaits review', type: EvidenceResponse })
  @ApiErrors(400, 404, 409, 422)
  addLink(
    @UuidParam('statusUpdateId') statusUpdateId: string,
    @Body() body: CreateEvidenceLinkDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<EvidenceDto> {
    return this.evidence.addLink(statusUpdateId, body, actor, scope, idempotency);
  }

  @Post('status-updates/:statusUpdateId/evidence/files')
  @Authenticated({ permission: Permission.CreateStatusUpdate })
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description:
      'Field `file` (PDF, image or office document, checked from its content; size limited by EVIDENCE_MAX_BYTES) ' +
      'with title, reliability (A-F), evidenceDate and confidential',
    schema: { type: 'object', required: ['file', 'title', 'reliability'] },
  })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The stored file with its SHA-256', type: EvidenceResponse })
  @ApiErrors(400, 404, 409, 413, 422)
  addFile(
    @UuidParam('statusUpdateId') statusUpdateId: string,
    @UploadedFile() file: UploadedEvidenceFile | undefined,
    @Body() body: UploadEvidenceDto,
    @CurrentActor() actor: Actor,
    @CurrentReadScope() scope: ReadScope,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<EvidenceDto> {
    return this.evidence.addFile(statusUpdateId, file, body, actor, scope, idempotency);
  }

  @Get('evidence/:evidenceId/file')
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file as uploaded; Repr-Digest carries its SHA-256' })
  @ApiErrors(400, 404)
  async download(
    @UuidParam('evidenceId') evidenceId: string,
    @CurrentReadScope() scope: ReadScope,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.evidence.download(evidenceId, scope);
    // The digest lets a recipient check the file against the SHA-256 shown beside it (RFC 9530).
    response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
    return new StreamableFile(file.content, {
      type: file.mediaType,
      length: file.sizeBytes,
      disposition: attachment(file.fileName),
    });
  }
}
