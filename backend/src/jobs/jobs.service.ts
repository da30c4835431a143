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
 *          maxRunMs: 10 * 60_000,                    // optional: JOB_MAX_MINUTES when omitted
 *          run: async (job, { scope, progress, output, signal }) => {
 *            await progress(0, total);                       // total once known, then done every N items
 *            const file = output({ name: 'report.pdf', mediaType: 'application/pdf' });
 *            ...write to `file`, honouring backpressure and `signal`, then file.end()
 *          },
 *        });
 *
 *      `scope` is what the requester may read of `job.agreementId` now (confidential items, others'
 *      pending updates), as the guard would give it to a request. The job's row keeps it: the job and its
 *      file are shown only to those who read at least as much when they ask (see `get`). Throw `JobFailure(code, message)` for a
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
 * Work that recurs (no one asks for it) is registered with `jobs.every(name, cron, run)`: pg-boss runs it
 * on one server at the times the cron expression says; see JobRunner.every.
 *
 * Result files are deleted JOB_RESULT_DAYS days after their job succeeded (see `expireFiles`).
 *
 * Runs, restarts, time limits and failures: see JobRunner.
 */
import { AuditAction, ErrorCode, JobDto, JobState } from '@accord/shared';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { AppConfig } from '../config/app-config';
import { EvidenceNotFoundError, EvidenceStore } from '../evidence/evidence-store';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { JobDefinition } from './job-handler';
import { JOB_FILES, JobRunner } from './job-runner';
import { coversJob, JobScope } from './job-scope';

/** The jobs a user sees at most in their list, newest first. */
const LIST_LIMIT = 50;
/** Each hour (at half past), the files kept their days are deleted. */
const EXPIRE_FILES_CRON = '30 * * * *';

const JOB_COLUMNS = `id, kind, agreement_id AS "agreementId", params, state,
  progress_done::float8 AS "progressDone", progress_total::float8 AS "progressTotal",
  error_code AS "errorCode", error_message AS "errorMessage",
  result_file_name AS "fileName", result_media_type AS "mediaType", result_size_bytes::float8 AS "sizeBytes",
  created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;
/** What the job could read when it ran (see JobScope), and where its file is: not shown to users. */
const JOB_ACCESS_COLUMNS = `result_key AS "resultKey",
  CASE WHEN scope_confidential IS NOT NULL THEN json_build_object(
    'seesConfidential', scope_confidential, 'seesAllSubmissions', scope_all_submissions) END AS scope`;

/** A job with what decides who may still see it, and where its file is. */
interface JobRow extends JobDto {
  resultKey: string | null;
  scope: JobScope | null;
}

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
  private readonly logger = new Logger(JobsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: JobRunner,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
    @Inject(JOB_FILES) private readonly files: EvidenceStore,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    runner.every('expire-job-files', EXPIRE_FILES_CRON, async () => {
      await this.expireFiles();
    });
  }

  /** Registers the handler of a kind of job (once per kind, before the application starts). */
  register<P>(kind: string, definition: JobDefinition<P>): void {
    this.runner.register(kind, definition);
  }

  /** Runs `run` at the times `cron` says (UTC), on one server of all (see JobRunner.every). */
  every(name: string, cron: string, run: () => Promise<void>): void {
    this.runner.every(name, cron, run);
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

  /**
   * The user's own jobs, newest first; of one agreement when `agreementId` is given. Those that ran with
   * more access than the user has now are left out (see `get`).
   */
  async list(user: AuthenticatedUser, agreementId?: string): Promise<JobDto[]> {
    const rows: JobRow[] = await this.db.query(
      `SELECT ${JOB_COLUMNS}, ${JOB_ACCESS_COLUMNS} FROM job
       WHERE requested_by = $1 AND ($2::uuid IS NULL OR agreement_id = $2)
       ORDER BY created_at DESC, id LIMIT ${LIST_LIMIT}`,
      [user.id, agreementId ?? null],
    );
    return rows.filter((row) => this.shownTo(user, row)).map(withoutAccess);
  }

  /**
   * A job for its requester or an administrator; 404 for anyone else, and for a job that ran with more
   * access than the caller has now (its file, size and row count are of what it read then). A job that
   * never ran (failed for lost access, say) stays visible to its requester, with why it failed.
   */
  async get(jobId: string, user: AuthenticatedUser): Promise<JobDto> {
    return withoutAccess(await this.visible(jobId, user));
  }

  /**
   * The result file of a job that succeeded, for whoever may see the job and still holds the access its
   * kind needs on its agreement, and reads at least what the job read (a member who lost their access, a
   * clearance or a role does not download what was made with it); 409 while the job has no file, 410
   * once its file was deleted (JOB_RESULT_DAYS).
   */
  async download(jobId: string, user: AuthenticatedUser): Promise<JobDownload> {
    const { resultKey, ...job } = await this.visible(jobId, user);
    const permission = this.runner.definitionOf(job.kind)?.permission;
    if (!permission || !coversJob(user, permission, job)) throw ApiException.notFound('Job');
    if (job.state === JobState.Expired) {
      throw new ApiException(
        HttpStatus.GONE,
        ErrorCode.FileExpired,
        `The file of this job was deleted ${this.resultDays()} days after it was made: start the job again`,
      );
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

  /**
   * Deletes the result files of the jobs that succeeded more than JOB_RESULT_DAYS days before `now`; the
   * jobs are then `expired`, with no file. Run each hour (see the constructor); answers the jobs expired.
   * The rows change first: a file whose deletion fails is logged and left, never served again.
   */
  async expireFiles(now = new Date()): Promise<string[]> {
    const [expired]: [{ id: string; resultKey: string }[], number] = await this.db.query(
      `UPDATE job SET state = 'expired', result_key = NULL, result_file_name = NULL, result_media_type = NULL,
                      result_size_bytes = NULL
       FROM (SELECT id, result_key FROM job
             WHERE result_key IS NOT NULL AND finished_at < $1::timestamptz - make_interval(days => $2)
             FOR UPDATE) kept
       WHERE job.id = kept.id
       RETURNING job.id, kept.result_key AS "resultKey"`,
      [now, this.resultDays()],
    );
    for (const { id, resultKey } of expired) {
      await this.files
        .remove(resultKey)
        .catch((error) =>
          this.logger.warn({ err: error, jobId: id }, 'The file of an expired job could not be deleted'),
        );
    }
    return expired.map(({ id }) => id);
  }

  private resultDays(): number {
    return this.config.get('JOB_RESULT_DAYS', { infer: true });
  }

  /** Whether a job the user asked for (or an administrator) is theirs to see now (see `get`). */
  private shownTo(user: AuthenticatedUser, job: JobRow): boolean {
    if (!job.scope) return true;
    const permission = this.runner.definitionOf(job.kind)?.permission;
    return !!permission && coversJob(user, permission, job);
  }

  private async visible(jobId: string, user: AuthenticatedUser): Promise<JobRow> {
    const [job]: JobRow[] = await this.db.query(
      `SELECT ${JOB_COLUMNS}, ${JOB_ACCESS_COLUMNS} FROM job WHERE id = $1 AND (requested_by = $2 OR $3)`,
      [jobId, user.id, user.isAdmin],
    );
    if (!job || !this.shownTo(user, job)) throw ApiException.notFound('Job');
    return job;
  }

  private async find(manager: EntityManager, id: string): Promise<JobDto> {
    const [job]: JobDto[] = await manager.query(`SELECT ${JOB_COLUMNS} FROM job WHERE id = $1`, [id]);
    return job;
  }
}

/** A job as its requester sees it. */
function withoutAccess({ resultKey: _resultKey, scope: _scope, ...job }: JobRow): JobDto {
  return job;
}
