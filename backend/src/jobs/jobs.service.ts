/**
 * Background jobs: work too long for a request (exports, reports, imports) runs on the server after the
 * request answered 202 with the job, and the UI follows its state and progress (GET /api/jobs/:jobId)
 * until it can download its file (GET /api/jobs/:jobId/file).
 *
 * To add a kind of job:
 *
 *   1. Register its handler once, from your module's service (constructor or onModuleInit):
 *
 *        jobs.register<MyParams>('report', {
 *          permission: Permission.ReadAgreement, // checked again when the job starts and at download
 *          run: async (job, { scope, progress, output, signal }) => {
 *            await progress(0, total);                       // total once known, then done every N items
 *            const file = output({ name: 'report.pdf', mediaType: 'application/pdf' });
 *            ...write to `file`, honouring backpressure and `signal`, then file.end()
 *          },
 *        });
 *
 *      `scope` is what the requester may read of `job.agreementId` now (confidential items, others'
 *      pending updates), as the guard would give it to a request. Throw `JobFailure(code, message)` for a
 *      failure the user should read (translate `code` in the UI); any other error is logged and shown as
 *      `internal`. Jobs without a file just don't call `output`.
 *
 *   2. Submit jobs from your service, answering 202 with what it returns:
 *
 *        return this.jobs.submit(actor, { kind: 'report', agreementId, params }, idempotency);
 *
 *      The row, the queue's message and the audit record (`job.queued`) are written in one transaction;
 *      `params` (JSON) are what the handler receives and what the UI shows of the job.
 *
 * Runs, restarts and failures: see JobRunner.
 */
import { AuditAction, ErrorCode, hasPermission, JobDto, JobState } from '@accord/shared';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { EvidenceNotFoundError, EvidenceStore } from '../evidence/evidence-store';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { JobDefinition } from './job-handler';
import { JOB_FILES, JobRunner } from './job-runner';

/** The jobs a user sees at most in their list, newest first. */
const LIST_LIMIT = 50;

const JOB_COLUMNS = `id, kind, agreement_id AS "agreementId", params, state,
  progress_done::float8 AS "progressDone", progress_total::float8 AS "progressTotal",
  error_code AS "errorCode", error_message AS "errorMessage",
  result_file_name AS "fileName", result_media_type AS "mediaType", result_size_bytes::float8 AS "sizeBytes",
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

export interface JobRequest<P> {
  kind: string;
  agreementId: string | null;
  params: P;
}

export interface JobDownload {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  content: Readable;
}

@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: JobRunner,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
    @Inject(JOB_FILES) private readonly files: EvidenceStore,
  ) {}

  /** Registers the handler of a kind of job (once per kind, before the application starts). */
  register<P>(kind: string, definition: JobDefinition<P>): void {
    this.runner.register(kind, definition);
  }

  /** Queues a job for the actor; with an Idempotency-Key, a repeat answers the job first queued. */
  async submit<P extends object>(
    actor: Actor,
    request: JobRequest<P>,
    idempotency: IdempotentRequest,
  ): Promise<JobDto> {
    if (!this.runner.definitionOf(request.kind))
      throw new Error(`No handler is registered for the job kind ${request.kind}`);
    const job = await this.transactions.run(idempotency, async (manager) => {
      const [{ id }]: { id: string }[] = await manager.query(
        'INSERT INTO job (kind, agreement_id, requested_by, params) VALUES ($1, $2, $3, $4) RETURNING id',
        [request.kind, request.agreementId, actor.user.id, JSON.stringify(request.params)],
      );
      await this.runner.enqueue(manager, id);
      const queued = await this.find(manager, id);
      await this.audit.append(manager, actor, {
        action: AuditAction.JobQueued,
        entityType: 'job',
        entityId: id,
        agreementId: request.agreementId,
        after: { kind: request.kind, params: request.params },
      });
      return queued;
    });
    this.runner.wake();
    return job;
  }

  /** The user's own jobs, newest first; of one agreement when `agreementId` is given. */
  list(user: AuthenticatedUser, agreementId?: string): Promise<JobDto[]> {
    return this.db.query(
      `SELECT ${JOB_COLUMNS} FROM job WHERE requested_by = $1 AND ($2::uuid IS NULL OR agreement_id = $2)
       ORDER BY created_at DESC, id LIMIT ${LIST_LIMIT}`,
      [user.id, agreementId ?? null],
    );
  }

  /** A job for its requester or an administrator; 404 for anyone else. */
  async get(jobId: string, user: AuthenticatedUser): Promise<JobDto> {
    const { resultKey: _resultKey, ...job } = await this.visible(jobId, user);
    return job;
  }

  /**
   * The result file of a job that succeeded, for whoever may see the job and still holds the access its
   * kind needs on its agreement (a revoked member does not download what was exported for them before);
   * 409 while the job has no file.
   */
  async download(jobId: string, user: AuthenticatedUser): Promise<JobDownload> {
    const { resultKey, ...job } = await this.visible(jobId, user);
    const permission = this.runner.definitionOf(job.kind)?.permission;
    if (!permission || !hasPermission(user, permission, job.agreementId ?? undefined)) {
      throw ApiException.notFound('Job');
    }
    if (job.state !== JobState.Succeeded || !resultKey || !job.fileName || !job.mediaType || job.sizeBytes === null) {
      throw new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, `This job has no file (it is ${job.state})`);
    }
    try {
      const content = await this.files.open(resultKey);
      return { fileName: job.fileName, mediaType: job.mediaType, sizeBytes: job.sizeBytes, content };
    } catch (error) {
      if (error instanceof EvidenceNotFoundError) throw ApiException.notFound('Job file');
      throw error;
    }
  }

  private async visible(jobId: string, user: AuthenticatedUser): Promise<JobDto & { resultKey: string | null }> {
    const [job]: (JobDto & { resultKey: string | null })[] = await this.db.query(
      `SELECT ${JOB_COLUMNS}, result_key AS "resultKey" FROM job WHERE id = $1 AND (requested_by = $2 OR $3)`,
      [jobId, user.id, user.isAdmin],
    );
    if (!job) throw ApiException.notFound('Job');
    return job;
  }

  private async find(manager: EntityManager, id: string): Promise<JobDto> {
    const [job]: JobDto[] = await manager.query(`SELECT ${JOB_COLUMNS} FROM job WHERE id = $1`, [id]);
    return job;
  }
}
