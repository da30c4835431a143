import { JobDto } from '@accord/shared';
import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser } from '../auth/authenticated.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiErrors } from '../common/api-error.response';
import { attachment } from '../common/content-disposition';
import { UuidParam } from '../common/uuid-param';
import { JobQueryDto } from './dto/job-query.dto';
import { JobResponse } from './dto/job.response';
import { JobsService } from './jobs.service';

/** A user's background jobs: theirs alone (administrators may look at anyone's by id). */
@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ description: "The caller's jobs, newest first (the last 50)", type: [JobResponse] })
  @ApiErrors(400)
  list(@Query() query: JobQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<JobDto[]> {
    return this.jobs.list(user, query.agreementId);
  }

  @Get(':jobId')
  @Authenticated()
  @ApiOkResponse({
    description:
      'Its state and progress; 404 unless the caller asked for it (or is an administrator), and for a job that ran ' +
      'with more access than the caller has now',
    type: JobResponse,
  })
  @ApiErrors(400, 404)
  get(@UuidParam('jobId') jobId: string, @CurrentUser() user: AuthenticatedUser): Promise<JobDto> {
    return this.jobs.get(jobId, user);
  }

  @Get(':jobId/file')
  @Authenticated()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The result file, as an attachment' })
  @ApiErrors(400, 404, 409, 410)
  async file(
    @UuidParam('jobId') jobId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.jobs.download(jobId, user);
    // Exports may hold confidential items: no cache keeps a copy.
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(file.content, {
      type: file.mediaType,
      length: file.sizeBytes,
      disposition: attachment(file.fileName),
    });
  }
}
