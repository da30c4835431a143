import { JobDto, Permission } from '@accord/shared';
import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccess, CurrentActor } from '../auth/authenticated.decorator';
import type { Actor, AgreementAccess } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { JobResponse } from '../jobs/dto/job.response';
import { CreateAuditExportDto, CreateExportDto } from './dto/create-export.dto';
import { ExportsService } from './exports.service';

/** Exports run as background jobs: the answer is the job, to follow at GET /api/jobs/:jobId. */
@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post('agreements/:agreementId/exports')
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated({ permission: Permission.ReadAgreement })
  @ApiIdempotencyKey()
  @ApiAcceptedResponse({
    description: 'Queued: what the caller may read of the agreement, with the filters of its lists, as CSV or XLSX',
    type: JobResponse,
  })
  @ApiErrors(400, 404, 422)
  exportAgreement(
    @UuidParam('agreementId') _agreementId: string,
    @Body() body: CreateExportDto,
    @CurrentAccess() access: AgreementAccess,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<JobDto> {
    return this.exports.exportAgreement(access, body, actor, idempotency);
  }

  @Post('exports/audit')
  @HttpCode(HttpStatus.ACCEPTED)
  @Authenticated({ permission: Permission.ReadAuditTrail })
  @ApiIdempotencyKey()
  @ApiAcceptedResponse({
    description: 'Queued: the audit trail of the days asked for, oldest first',
    type: JobResponse,
  })
  @ApiErrors(400, 422)
  exportAuditTrail(
    @Body() body: CreateAuditExportDto,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<JobDto> {
    return this.exports.exportAuditTrail(body, actor, idempotency);
  }
}
