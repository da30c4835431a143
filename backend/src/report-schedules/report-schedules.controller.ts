import { Page, Permission, ReceivedReportDto, ReportScheduleDto, ReportScheduleRunDto } from '@accord/shared';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentAccess, CurrentActor, CurrentUser } from '../auth/authenticated.decorator';
import type { Actor, AgreementAccess, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { UuidParam } from '../common/uuid-param';
import { IfMatchVersion } from '../common/versioning';
import { ApiIdempotencyKey, Idempotency, IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { CreateReportScheduleDto, ReceivedReportQueryDto, UpdateReportScheduleDto } from './dto/report-schedule.dto';
import {
  ReceivedReportPageResponse,
  ReceivedReportResponse,
  ReportScheduleResponse,
  ReportScheduleRunResponse,
} from './dto/report-schedule.responses';
import { ReceivedReportsService } from './received-reports.service';
import { ReportScheduleRuns } from './report-schedule-runs.service';
import { ReportSchedulesService } from './report-schedules.service';

/**
 * Administrators schedule an agreement's reports for recipients among its readers (and may run a schedule
 * now); every recipient finds the reports sent to them in their own list.
 */
@ApiTags('report schedules')
@Controller()
export class ReportSchedulesController {
  constructor(
    private readonly schedules: ReportSchedulesService,
    private readonly runs: ReportScheduleRuns,
    private readonly received: ReceivedReportsService,
  ) {}

  @Get('agreements/:agreementId/report-schedules')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiOkResponse({ description: "The agreement's schedules, oldest first", type: [ReportScheduleResponse] })
  @ApiErrors(400, 404)
  list(@UuidParam('agreementId') agreementId: string): Promise<ReportScheduleDto[]> {
    return this.schedules.list(agreementId);
  }

  @Post('agreements/:agreementId/report-schedules')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The schedule; ETag = version', type: ReportScheduleResponse })
  @ApiErrors(400, 404, 422)
  create(
    @UuidParam('agreementId') agreementId: string,
    @Body() body: CreateReportScheduleDto,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
  ): Promise<ReportScheduleDto> {
    return this.schedules.create(agreementId, body, actor, idempotency);
  }

  @Patch('report-schedules/:scheduleId')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the schedule as read' })
  @ApiOkResponse({
    description: 'The schedule changed (paused, resumed, days, language, recipients); ETag = new version',
    type: ReportScheduleResponse,
  })
  @ApiErrors(400, 404, 412, 428)
  update(
    @UuidParam('scheduleId') scheduleId: string,
    @IfMatchVersion() version: number,
    @Body() body: UpdateReportScheduleDto,
    @CurrentAccess() access: AgreementAccess,
    @CurrentActor() actor: Actor,
  ): Promise<ReportScheduleDto> {
    return this.schedules.update(scheduleId, access.agreementId, version, body, actor);
  }

  @Delete('report-schedules/:scheduleId')
  @Authenticated({ permission: Permission.ManageAgreement })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag of the schedule as read' })
  @ApiNoContentResponse({ description: 'Removed: it runs no more; the reports it delivered stay' })
  @ApiErrors(400, 404, 412, 428)
  remove(
    @UuidParam('scheduleId') scheduleId: string,
    @IfMatchVersion() version: number,
    @CurrentAccess() access: AgreementAccess,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.schedules.remove(scheduleId, access.agreementId, version, actor);
  }

  @Post('report-schedules/:scheduleId/runs')
  @Authenticated({ permission: Permission.ManageAgreement })
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    description:
      'The latest period whose day has come, reported and delivered now (201); 200 with its run when it was reported already',
    type: ReportScheduleRunResponse,
  })
  @ApiErrors(400, 404, 409, 422)
  async run(
    @UuidParam('scheduleId') scheduleId: string,
    @CurrentActor() actor: Actor,
    @Idempotency() idempotency: IdempotentRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportScheduleRunDto> {
    const { run, created } = await this.runs.runNow(scheduleId, actor, idempotency);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return run;
  }

  @Get('me/reports')
  @Authenticated()
  @ApiOkResponse({
    description: 'The reports sent to the caller that they may still read, newest first',
    type: ReceivedReportPageResponse,
  })
  @ApiErrors(400)
  receivedReports(
    @Query() query: ReceivedReportQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<ReceivedReportDto>> {
    return this.received.list(user, query);
  }

  @Post('reports/:reportId/read')
  @Authenticated({ permission: Permission.ReadAgreement })
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The report sent to the caller, marked read', type: ReceivedReportResponse })
  @ApiErrors(400, 404)
  markRead(@UuidParam('reportId') reportId: string, @CurrentActor() actor: Actor): Promise<ReceivedReportDto> {
    return this.received.markRead(reportId, actor);
  }
}
