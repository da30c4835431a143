import { AuditPageDto, AuditVerificationDto, Permission } from '@accord/shared';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { ApiErrors } from '../common/api-error.response';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit-records')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated({ permission: Permission.ReadAuditTrail })
  @ApiOkResponse({ description: 'Newest first, filtered; page with `beforeSeq`' })
  @ApiErrors(400)
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  @Get('verification')
  @Authenticated({ permission: Permission.ReadAuditTrail })
  @ApiOkResponse({ description: 'Walks the whole hash chain and names the first broken record, if any' })
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
