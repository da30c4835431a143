import {
  CreateAuditExportRequest,
  CreateExportRequest,
  EXPORT_MEDIA_TYPES,
  ExportDataset,
  ExportFormat,
  FieldError,
  JOB_KIND_AUDIT_EXPORT,
  JOB_KIND_EXPORT,
  JobDto,
  Permission,
  todayIn,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Actor, AgreementAccess } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { JobContext } from '../jobs/job-handler';
import { JobsService } from '../jobs/jobs.service';
import { agreementTables, auditTable, ExportTable } from './export-tables';
import { createTableWriter } from './table-writer';

/** Progress is reported every this many rows. */
const PROGRESS_EVERY = 1000;
/** Rows fetched from the cursor at a time. */
const CURSOR_BATCH = 500;

/**
 * Exports of an agreement's tables and of the audit trail, as CSV or XLSX files made by background jobs.
 * They read what the requester may read, as the lists on screen do (same SQL), in one snapshot of the
 * database (counted first for the progress bar), streamed from a cursor to the file: memory does not grow
 * with the number of rows.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {
    jobs.register<CreateExportRequest>(JOB_KIND_EXPORT, {
      permission: Permission.ReadAgreement,
      run: async (job, context) => {
        if (!context.scope) throw new Error(`The export ${job.id} has no agreement`);
        const [agreement]: { slug: string; timeZone: string }[] = await this.db.query(
          'SELECT slug, time_zone AS "timeZone" FROM agreement WHERE id = $1',
          [context.scope.agreementId],
        );
        const day = job.params.asOf ?? todayIn(agreement.timeZone);
        const tables = agreementTables(job.params, context.scope, day);
        await this.write(tables, job.params.format, `${agreement.slug}-${job.params.dataset}-${day}`, context);
      },
    });
    jobs.register<CreateAuditExportRequest>(JOB_KIND_AUDIT_EXPORT, {
      permission: Permission.ReadAuditTrail,
      run: async (job, context) => {
        const { from, to, format } = job.params;
        const name = `audit-trail-${from ?? 'start'}-to-${to ?? new Date().toISOString().slice(0, 10)}`;
        await this.write([auditTable(job.params)], format, name, context);
      },
    });
  }

  /** Queues the export of an agreement's data for the caller (202 with the job). */
  exportAgreement(
    access: AgreementAccess,
    request: CreateExportRequest,
    actor: Actor,
    idempotency: IdempotentRequest,
  ): Promise<JobDto> {
    if (request.dataset === ExportDataset.All && request.format === ExportFormat.Csv) {
      throw ApiException.validation({ format: FieldError.CsvHoldsOneTable });
    }
    return this.jobs.submit(
      actor,
      { kind: JOB_KIND_EXPORT, agreementId: access.agreementId, params: request },
      idempotency,
    );
  }

  /** Queues the export of the audit trail (administrators). */
  exportAuditTrail(request: CreateAuditExportRequest, actor: Actor, idempotency: IdempotentRequest): Promise<JobDto> {
    if (request.from && request.to && request.from > request.to) {
      throw ApiException.validation({ to: FieldError.RangeReversed });
    }
    return this.jobs.submit(actor, { kind: JOB_KIND_AUDIT_EXPORT, agreementId: null, params: request }, idempotency);
  }

  /** Counts the rows of every table, then writes them into the job's file, in one snapshot. */
  private async write(
    tables: ExportTable[],
    format: ExportFormat,
    baseName: string,
    { output, progress, signal }: JobContext,
  ): Promise<void> {
    await this.inSnapshot(async (client) => {
      let total = 0;
      for (const table of tables) {
        const [{ count }] = (await client.query(`SELECT count(*)::float8 AS count ${table.source}`, table.parameters))
          .rows;
        total += count;
      }
      await progress(0, total);
      const writer = createTableWriter(
        format,
        output({ name: `${baseName}.${format}`, mediaType: EXPORT_MEDIA_TYPES[format] }),
        signal,
      );
      let done = 0;
      for (const table of tables) {
        await writer.startTable(table);
        const rows = client.query(
          new QueryStream(`SELECT ${table.select} ${table.source} ORDER BY ${table.orderBy}`, table.parameters, {
            batchSize: CURSOR_BATCH,
          }),
        );
        for await (const row of rows) {
          signal.throwIfAborted();
          await writer.writeRow(table.columns.map((column) => column.value(row)));
          if (++done % PROGRESS_EVERY === 0) await progress(done);
        }
      }
      await writer.finish();
      await progress(done);
    });
  }

  /**
   * Runs `work` on a connection of its own in a read-only transaction that sees one snapshot (the counts
   * match the rows). A connection left in an unknown state by an error is closed, not reused.
   */
  private async inSnapshot(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    let failure: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.release(failure);
    }
  }
}
