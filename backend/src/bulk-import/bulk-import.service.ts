import {
  AuditAction,
  ErrorCode,
  FieldError,
  hasPermission,
  IMPORT_JOB_THRESHOLD_BYTES,
  ImportFileFormat,
  ImportJobParams,
  ImportKind,
  ImportReportDto,
  ImportRowError,
  IndicatorDimension,
  JOB_KIND_IMPORT,
  JobDto,
  Permission,
  todayIn,
} from '@accord/shared';
import { HttpStatus, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import QueryStream from 'pg-query-stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { neutralised } from '../common/spreadsheet-text';
import { skipsReviewColumn } from '../common/submission';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { JobContext, JobFailure, QueuedJob } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { copyLine } from './copy-text';
import { FileRow, readFileRows, refusedWhole, UnreadableFileError } from './import-file';
import { CHECK_ROW, ImportContext, readHeader, rowValues } from './import-rows';
import { buildTemplate, TemplateData } from './import-templates';
import {
  copyStatement,
  ERROR_COUNTS,
  errorsInOrder,
  IMPORT_STATEMENTS,
  ImportStatements,
  Query,
  recordErrors,
  recordRowErrors,
  stagingTables,
} from './import.sql';

/** An import as the controller hands it over. */
export interface ImportRequest {
  kind: ImportKind;
  content: Buffer;
  fileName: string;
  dryRun: boolean;
  actor: Actor;
  scope: ReadScope;
  idempotency: IdempotentRequest;
}

/** Told how far the reading of the file got (bytes), the longest part of an import. */
export type ImportProgress = (done: number, total: number) => void;

/** How an import was taken: its report at once, or (a large file) the job that runs it. */
export type ImportStart = { report: ImportReportDto } | { job: JobDto };

/**
 * What staging found: the rows read, how many errors on how many rows, and the first IMPORT_ERRORS_SHOWN
 * of them by row then column (all of them are in the transaction's `import_error` table).
 */
interface Staged {
  rows: number;
  errorCount: number;
  rowsWithErrors: number;
  errors: ImportRowError[];
}

/** What the reading of the file counted, and its errors outside the rows (header, end of the readable part). */
interface FileRead {
  rows: number;
  fileErrors: ImportRowError[];
}

/** Kinds that change the agreement's structure rather than report on it. */
const STRUCTURE_KINDS: readonly ImportKind[] = [ImportKind.Commitments, ImportKind.Milestones];

/** COPY lines are handed to the database in chunks of about this many characters. */
const COPY_CHUNK = 256 * 1024;
/** Arbitrary first key of the advisory lock that lets one import at a time change an agreement. */
const IMPORT_LOCK = 7_301_507;
/** Stored files of large imports are purged this often (and at start). */
const PURGE_EVERY_MS = 60 * 60 * 1000;

@Injectable()
export class BulkImportService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BulkImportService.name);
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
    private readonly jobs: JobsService,
  ) {
    jobs.register<ImportJobParams>(JOB_KIND_IMPORT, {
      permission: Permission.CreateStatusUpdate,
      run: (job, context) => this.runJob(job, context),
    });
  }

  onApplicationBootstrap(): void {
    void this.purgeUploads();
    this.purgeTimer = setInterval(() => void this.purgeUploads(), PURGE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.purgeTimer);
  }

  /**
   * Runs the import of a small file at once. A large one is kept in `import_upload` and run by a job
   * (202): the caller follows its progress and reads the report from its file. A file refused whole (a
   * workbook that would unpack past the bounds) is answered at once too: its report says so.
   */
  async start(request: ImportRequest): Promise<ImportStart> {
    if (request.content.length <= IMPORT_JOB_THRESHOLD_BYTES || refusedWhole(request.content)) {
      return { report: await this.run(request) };
    }
    this.assertMayImport(request.kind, request.actor.user, request.scope.agreementId);
    await this.purgeUploads();
    const [{ id: uploadId }]: { id: string }[] = await this.db.query(
      `INSERT INTO import_upload (agreement_id, uploaded_by, file_name, content) VALUES ($1, $2, $3, $4) RETURNING id`,
      [request.scope.agreementId, request.actor.user.id, request.fileName, request.content],
    );
    const params: ImportJobParams = {
      kind: request.kind,
      dryRun: request.dryRun,
      fileName: request.fileName,
      uploadId,
    };
    const job = await this.jobs.submit(
      request.actor,
      { kind: JOB_KIND_IMPORT, agreementId: request.scope.agreementId, params },
      request.idempotency,
    );
    // A repeated request (same Idempotency-Key) answers the job queued first, which has its own file.
    if (job.params['uploadId'] !== uploadId) await this.db.query('DELETE FROM import_upload WHERE id = $1', [uploadId]);
    return { job };
  }

  /**
   * Commitments and milestones are the agreement's structure (`agreement:manage`); status updates and
   * indicator values only need the route's `status-update:create`.
   */
  assertMayImport(kind: ImportKind, user: AuthenticatedUser, agreementId: string): void {
    if (STRUCTURE_KINDS.includes(kind) && !hasPermission(user, Permission.ManageAgreement, agreementId)) {
      throw new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, 'You are not allowed to do this');
    }
  }

  /**
   * Checks every row of the file, then (unless it is a dry run) stores all of them in one transaction, or
   * none: a file with any error answers 422 with its report. Rows are streamed into a staging table with
   * COPY, checked there against the agreement set-based, and stored with one INSERT ... SELECT per table.
   */
  async run(
    request: ImportRequest,
    progress: ImportProgress = () => undefined,
    signal?: AbortSignal,
  ): Promise<ImportReportDto> {
    this.assertMayImport(request.kind, request.actor.user, request.scope.agreementId);
    const context = await this.context(request);
    const report = (staged: Staged, stored: number): ImportReportDto => ({
      kind: request.kind,
      dryRun: request.dryRun,
      rows: staged.rows,
      errorCount: staged.errorCount,
      rowsWithErrors: staged.rowsWithErrors,
      errors: staged.errors,
      stored,
      countedWithoutReview: context.countedWithoutReview,
    });
    const stage = (manager: EntityManager) => this.stage(manager, request, context, progress, signal);
    if (request.dryRun) return report(await this.rolledBack(stage), 0);

    return this.transactions.run(request.idempotency, async (manager) => {
      // One import at a time per agreement: the checks of the second see what the first stored (two
      // identical commitment files sent at once would otherwise both pass and store everything twice).
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IMPORT_LOCK, request.scope.agreementId]);
      const staged = await stage(manager);
      if (staged.errorCount > 0) {
        const rejected = new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          ErrorCode.ImportRejected,
          'The file has errors (see report); nothing was stored',
        );
        rejected.details.report = report(staged, 0);
        throw rejected;
      }
      await IMPORT_STATEMENTS[request.kind].store(queryIn(manager), {
        agreementId: request.scope.agreementId,
        authorId: request.actor.user.id,
        countedWithoutReview: context.countedWithoutReview,
      });
      await this.audit.append(manager, request.actor, {
        action: AuditAction.ImportCompleted,
        entityType: 'bulk_import',
        agreementId: request.scope.agreementId,
        after: {
          kind: request.kind,
          fileName: request.fileName,
          sha256: createHash('sha256').update(request.content).digest('hex'),
          rows: staged.rows,
          countedWithoutReview: STRUCTURE_KINDS.includes(request.kind) ? undefined : context.countedWithoutReview,
        },
      });
      return report(staged, staged.rows);
    });
  }

  /** The template of a kind for this agreement: its columns, an example row, and (XLSX) what each column accepts. */
  async template(
    kind: ImportKind,
    format: ImportFileFormat,
    user: AuthenticatedUser,
    scope: ReadScope,
  ): Promise<Buffer> {
    this.assertMayImport(kind, user, scope.agreementId);
    const [row]: (Omit<TemplateData, 'today'> & { timeZone: string })[] = await this.db.query(
      `SELECT a.time_zone AS "timeZone",
              coalesce((SELECT json_agg(json_build_object('code', code, 'name', name) ORDER BY position)
                        FROM pillar WHERE agreement_id = a.id), '[]') AS pillars,
              coalesce((SELECT json_agg(json_build_object('acronym', acronym, 'name', name) ORDER BY position)
                        FROM party WHERE agreement_id = a.id), '[]') AS parties,
              coalesce((SELECT json_agg(json_build_object('code', code, 'name', name) ORDER BY position)
                        FROM region WHERE agreement_id = a.id), '[]') AS regions,
              (SELECT json_agg(json_build_object('value', value, 'pamScore', pam_score) ORDER BY value)
               FROM assessment_level WHERE scale_id = a.scale_id) AS levels,
              coalesce((SELECT json_agg(json_build_object('code', code, 'name', name, 'dimensions', dimensions)
                                        ORDER BY position)
                        FROM indicator WHERE agreement_id = a.id), '[]') AS indicators,
              (SELECT json_build_object('reference', c.reference, 'title',
                        CASE WHEN (SELECT count(*) FROM commitment s WHERE s.agreement_id = a.id
                                     AND s.reference = c.reference) > 1 THEN c.title END)
               FROM commitment c WHERE c.id = first.commitment_id) AS commitment,
              (SELECT json_build_object('title', m.title) FROM milestone m WHERE m.id = first.milestone_id) AS milestone
       FROM agreement a
       LEFT JOIN LATERAL (
         SELECT c.id AS commitment_id, m.id AS milestone_id FROM commitment c
         LEFT JOIN milestone m ON m.commitment_id = c.id AND ($2 OR NOT m.confidential)
         WHERE c.agreement_id = a.id ORDER BY m.id IS NULL, c.position, m.position LIMIT 1) first ON true
       WHERE a.id = $1`,
      [scope.agreementId, scope.seesConfidential],
    );
    const { timeZone, ...data } = row;
    return buildTemplate(kind, format, { ...data, today: todayIn(timeZone) });
  }

  /**
   * Every error of the file (a dry run) as CSV (row, column, code), not only the first IMPORT_ERRORS_SHOWN:
   * streamed from the staging transaction's `import_error` table, which is rolled back once the CSV is
   * sent (or the stream is destroyed: the client went away). Memory does not grow with the errors.
   */
  async allErrors(request: Omit<ImportRequest, 'dryRun'>): Promise<Readable> {
    this.assertMayImport(request.kind, request.actor.user, request.scope.agreementId);
    const context = await this.context(request);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    const end = async () => {
      try {
        await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
    };
    try {
      await this.stage(runner.manager, request, context, () => undefined);
      const client: PoolClient = await runner.connect();
      const { sql, parameters } = errorsInOrder(request.kind, 'all');
      // An unknown column is named by the file's own header text: a spreadsheet must not run it.
      const csv = stringify({ header: true, columns: ['row', 'column', 'code'], cast: { string: neutralised } });
      pipeline(client.query(new QueryStream(sql, parameters)), csv)
        // A failure while streaming cuts the response short, which is how the client learns of it.
        .catch((error: unknown) => this.logger.warn(`The errors CSV stopped: ${String(error)}`))
        .then(end)
        .catch((error: unknown) => this.logger.error(`The errors CSV's transaction did not end: ${String(error)}`));
      return csv;
    } catch (error) {
      await end();
      throw error;
    }
  }

  /** What the rules of the rows need to know about the agreement and the importer, read once. */
  private async context(request: Pick<ImportRequest, 'actor' | 'scope'>) {
    const [row]: {
      signedOn: string;
      levels: { value: number; pamScore: number }[];
      pillars: string[];
      parties: string[];
      regions: string[];
      indicators: { code: string; id: string; dimensions: IndicatorDimension[] }[];
      skipsReview: boolean;
      allowsTrusted: boolean;
    }[] = await this.db.query(
      `SELECT a.signed_on::text AS "signedOn", a.trusted_updates_skip_review AS "allowsTrusted",
              (SELECT json_agg(json_build_object('value', l.value, 'pamScore', l.pam_score))
               FROM assessment_level l WHERE l.scale_id = a.scale_id) AS levels,
              ARRAY(SELECT code FROM pillar WHERE agreement_id = a.id) AS pillars,
              ARRAY(SELECT acronym FROM party WHERE agreement_id = a.id) AS parties,
              ARRAY(SELECT code FROM region WHERE agreement_id = a.id) AS regions,
              coalesce((SELECT json_agg(json_build_object('code', i.code, 'id', i.id, 'dimensions', i.dimensions))
                        FROM indicator i WHERE i.agreement_id = a.id), '[]') AS indicators,
              ${skipsReviewColumn('$2')}
       FROM agreement a WHERE a.id = $1`,
      [request.scope.agreementId, request.actor.user.id],
    );
    return {
      access: request.scope,
      signedOn: row.signedOn,
      levels: new Map(row.levels.map((level) => [level.value, level.pamScore])),
      pillars: new Set(row.pillars),
      parties: row.parties,
      regions: row.regions,
      indicators: new Map(row.indicators.map(({ code, ...indicator }) => [code, indicator])),
      // An administrator's import counts as a trusted member's would: at once only where the agreement
      // lets trusted work count without review; otherwise it awaits review like everyone's.
      countedWithoutReview: row.skipsReview || (row.allowsTrusted && request.actor.user.isAdmin),
    } satisfies ImportContext & { countedWithoutReview: boolean };
  }

  /**
   * Streams the file through the rules of its kind into the staging table (COPY on the transaction's own
   * connection), then runs the checks that need the database. Every error is recorded in the transaction's
   * `import_error` table (however many: memory holds only the first IMPORT_ERRORS_SHOWN); none stops it.
   */
  private async stage(
    manager: EntityManager,
    request: Pick<ImportRequest, 'kind' | 'content' | 'scope'>,
    context: ImportContext,
    progress: ImportProgress,
    signal?: AbortSignal,
  ): Promise<Staged> {
    const statements = IMPORT_STATEMENTS[request.kind];
    const query = queryIn(manager);
    const read: FileRead = { rows: 0, fileErrors: [] };
    await manager.query(stagingTables(statements));
    if (!manager.queryRunner) throw new Error('An import stages its rows inside a transaction');
    const client: PoolClient = await manager.queryRunner.connect();
    await pipeline(
      Readable.from(copyLines(request, statements, context, read, progress, signal)),
      client.query(copyFrom(copyStatement(statements))),
    );
    await recordErrors(query, read.fileErrors);
    await recordRowErrors(query);
    await statements.check(query, request.scope.agreementId, request.scope.seesConfidential);
    const [counts]: Pick<Staged, 'errorCount' | 'rowsWithErrors'>[] = await manager.query(ERROR_COUNTS);
    const first = errorsInOrder(request.kind, 'first');
    return { rows: read.rows, ...counts, errors: await manager.query(first.sql, first.parameters) };
  }

  /**
   * Deletes the stored files of large imports whose job has ended (its handler deletes its own, but a job
   * can fail before its handler runs) or that are older than a day (a job that never ran).
   */
  private async purgeUploads(): Promise<void> {
    await this.db
      .query(
        `DELETE FROM import_upload u
         WHERE u.created_at < now() - interval '1 day'
            OR EXISTS (SELECT 1 FROM job j WHERE j.kind = $1 AND j.state IN ('succeeded', 'failed')
                       AND j.params->>'uploadId' = u.id::text)`,
        [JOB_KIND_IMPORT],
      )
      .catch((error: unknown) => this.logger.warn(`Stored import files were not purged: ${String(error)}`));
  }

  /** The job of a large file: the import (or dry run), its report as the job's file, the stored file removed. */
  private async runJob(job: QueuedJob<ImportJobParams>, context: JobContext): Promise<void> {
    const { kind, dryRun, fileName, uploadId } = job.params;
    try {
      const [upload]: { content: Buffer }[] = await this.db.query('SELECT content FROM import_upload WHERE id = $1', [
        uploadId,
      ]);
      if (!upload) throw new JobFailure('upload_gone', 'The file of this import is no longer kept; send it again.');
      const request: ImportRequest = {
        kind,
        dryRun,
        fileName,
        content: upload.content,
        actor: { user: context.requester, requestId: `job ${job.id}`, clientIp: '' },
        scope: scopeOf(context),
        // The job itself was queued once per Idempotency-Key; its import needs no key of its own.
        idempotency: { userId: context.requester.id, fingerprint: job.id, markReplayed: () => undefined },
      };
      const report = await this.run(request, jobProgress(context), context.signal).catch(reportOfRejection);
      context.output({ name: `import-${kind}-report.json`, mediaType: 'application/json' }).end(JSON.stringify(report));
    } finally {
      await this.db.query('DELETE FROM import_upload WHERE id = $1', [uploadId]);
    }
  }

  /** Runs `work` in a transaction that is always rolled back (a dry run stores nothing, not even its staging). */
  private async rolledBack<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      return await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

/** Import jobs are always queued on an agreement: the requester's scope there. */
function scopeOf(context: JobContext): ReadScope {
  if (!context.scope) throw new Error('An import job has no agreement');
  return context.scope;
}

/** A job's progress, told at most every 2 % of the file and in order (each report is a write). */
function jobProgress(context: JobContext): ImportProgress {
  let lastStep = -1;
  let reported = Promise.resolve();
  return (done, total) => {
    const step = Math.floor((done / total) * 50);
    if (step === lastStep) return;
    lastStep = step;
    reported = reported.then(() => context.progress(done, total)).catch(() => undefined);
  };
}

/** A file with errors is a job that succeeded with a report saying so; any other refusal fails the job. */
function reportOfRejection(error: unknown): ImportReportDto {
  if (!(error instanceof ApiException)) throw error;
  if (error.code === ErrorCode.ImportRejected && error.details.report) return error.details.report;
  throw new JobFailure(error.code, error.message);
}

const queryIn =
  (manager: EntityManager): Query =>
  (sql, parameters) =>
    manager.query(sql, parameters);

/**
 * The COPY text of the file's rows, checked one by one as they are read. A row with an error is staged
 * with its errors and its keys only (what the database checks read), so that no unreadable value reaches
 * a typed column.
 */
async function* copyLines(
  request: Pick<ImportRequest, 'kind' | 'content'>,
  statements: ImportStatements,
  context: ImportContext,
  read: FileRead,
  progress: ImportProgress,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  let columns: (string | null)[] | null = null;
  let chunk = '';
  const rows = readFileRows(request.content, progress)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<FileRow>;
    try {
      next = await rows.next();
    } catch (error) {
      // What was read before stays staged and checked; the rest of the file cannot be.
      if (!(error instanceof UnreadableFileError)) throw error;
      read.fileErrors.push({ row: error.row, column: '', code: error.code });
      break;
    }
    if (next.done) {
      if (!columns) read.fileErrors.push(...readHeader(request.kind, []).errors);
      if (read.rows === 0) read.fileErrors.push({ row: 2, column: '', code: FieldError.NoRows });
      break;
    }
    signal?.throwIfAborted();
    const { row, cells } = next.value;
    if (!columns) {
      const header = readHeader(request.kind, cells);
      columns = header.columns;
      read.fileErrors.push(...header.errors);
      continue;
    }
    const values = rowValues(columns, cells);
    if (!values) continue;
    read.rows++;
    const checked = CHECK_ROW[request.kind](values, context);
    const keysOnly = checked.errors.length > 0;
    chunk += copyLine([
      row,
      keysOnly ? checked.errors : null,
      ...statements.columns.map(([name]) =>
        keysOnly && !statements.keys.includes(name) ? null : (checked.staged[name] ?? null),
      ),
    ]);
    if (chunk.length >= COPY_CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
