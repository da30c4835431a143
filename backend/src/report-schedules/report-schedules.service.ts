import {
  AuditAction,
  FieldError,
  FieldErrorCode,
  nextRun,
  ReportScheduleDto,
  todayIn,
  UpdateReportScheduleRequest,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { CreateReportScheduleDto, UpdateReportScheduleDto } from './dto/report-schedule.dto';
import { owedPeriod, readsAgreement, recipientAccounts, SCHEDULE_SELECT, ScheduleRow } from './report-schedule-rows';

/**
 * The report schedules of an agreement, managed by administrators; every change is audited. Recipients
 * must read the agreement when they are named; one who stops reading it stays on the list (shown as not
 * receiving) and receives nothing until they read it again.
 */
@Injectable()
export class ReportSchedulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  async list(agreementId: string): Promise<ReportScheduleDto[]> {
    const rows: ScheduleRow[] = await this.db.query(
      `${SCHEDULE_SELECT} AND s.agreement_id = $1 ORDER BY s.created_at, s.id`,
      [agreementId],
    );
    return this.withRecipients(this.db.manager, rows);
  }

  async get(scheduleId: string, manager: EntityManager = this.db.manager): Promise<ReportScheduleDto> {
    const rows: ScheduleRow[] = await manager.query(`${SCHEDULE_SELECT} AND s.id = $1`, [scheduleId]);
    if (rows.length === 0) throw ApiException.notFound('Report schedule');
    const [schedule] = await this.withRecipients(manager, rows);
    return schedule;
  }

  async create(
    agreementId: string,
    body: CreateReportScheduleDto,
    actor: Actor,
    idempotency: IdempotentRequest,
  ): Promise<ReportScheduleDto> {
    await this.checkRecipients(agreementId, body.recipientIds);
    return this.transactions.run(idempotency, async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO report_schedule (agreement_id, cadence, day_of_month, language, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [agreementId, body.cadence, body.dayOfMonth, body.language, actor.user.id],
      );
      await this.putRecipients(manager, id, body.recipientIds);
      const schedule = await this.get(id, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.ReportScheduleCreated,
        entityType: 'report_schedule',
        entityId: id,
        agreementId,
        after: auditedFields(schedule),
      });
      return schedule;
    });
  }

  async update(
    scheduleId: string,
    agreementId: string,
    expectedVersion: number,
    changes: UpdateReportScheduleDto,
    actor: Actor,
  ): Promise<ReportScheduleDto> {
    requireChanges(changes);
    if (changes.recipientIds) await this.checkRecipients(agreementId, changes.recipientIds);
    return this.db.transaction(async (manager) => {
      const before = await this.get(scheduleId, manager);
      const affected = await updateCount(
        manager,
        `UPDATE report_schedule
         SET cadence = coalesce($3, cadence), day_of_month = coalesce($4, day_of_month),
             language = coalesce($5, language), paused = coalesce($6, paused),
             version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND deleted_at IS NULL`,
        [
          scheduleId,
          expectedVersion,
          changes.cadence ?? null,
          changes.dayOfMonth ?? null,
          changes.language ?? null,
          changes.paused ?? null,
        ],
      );
      if (affected === 0) throw staleVersion();
      if (changes.recipientIds) {
        await manager.query('DELETE FROM report_schedule_recipient WHERE schedule_id = $1', [scheduleId]);
        await this.putRecipients(manager, scheduleId, changes.recipientIds);
      }
      const after = await this.get(scheduleId, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.ReportScheduleUpdated,
        entityType: 'report_schedule',
        entityId: scheduleId,
        agreementId,
        before: auditedFields(before),
        after: auditedFields(after),
      });
      return after;
    });
  }

  /** Removes the schedule: it runs no more; its runs and the reports they delivered stay. */
  remove(scheduleId: string, agreementId: string, expectedVersion: number, actor: Actor): Promise<void> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(scheduleId, manager);
      const affected = await updateCount(
        manager,
        `UPDATE report_schedule SET deleted_at = now(), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2 AND deleted_at IS NULL`,
        [scheduleId, expectedVersion],
      );
      if (affected === 0) throw staleVersion();
      await this.audit.append(manager, actor, {
        action: AuditAction.ReportScheduleDeleted,
        entityType: 'report_schedule',
        entityId: scheduleId,
        agreementId,
        before: auditedFields(before),
      });
    });
  }

  /** 400 naming each recipient that is no account (`unknownUser`) or does not read the agreement (`notAReader`). */
  private async checkRecipients(agreementId: string, recipientIds: readonly string[]): Promise<void> {
    const accounts = await recipientAccounts(this.db.manager, recipientIds);
    const errors: Record<string, FieldErrorCode> = {};
    recipientIds.forEach((userId, index) => {
      const account = accounts.get(userId);
      if (!account) errors[`recipientIds.${index}`] = FieldError.UnknownUser;
      else if (!readsAgreement(account, agreementId)) errors[`recipientIds.${index}`] = FieldError.NotAReader;
    });
    if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
  }

  private async putRecipients(manager: EntityManager, scheduleId: string, recipientIds: readonly string[]) {
    await manager.query('INSERT INTO report_schedule_recipient (schedule_id, user_id) SELECT $1, unnest($2::uuid[])', [
      scheduleId,
      recipientIds,
    ]);
  }

  /** The schedules as the API answers them: their recipients (one query for all), latest and next runs. */
  private async withRecipients(
    manager: Pick<EntityManager, 'query'>,
    rows: ScheduleRow[],
  ): Promise<ReportScheduleDto[]> {
    const links: { scheduleId: string; userId: string }[] = await manager.query(
      `SELECT schedule_id AS "scheduleId", user_id AS "userId" FROM report_schedule_recipient
       WHERE schedule_id = ANY($1::uuid[])`,
      [rows.map((row) => row.id)],
    );
    const accounts = await recipientAccounts(
      manager,
      links.map((link) => link.userId),
    );
    return rows.map((row) => {
      const recipients = links
        .filter((link) => link.scheduleId === row.id)
        .map((link) => accounts.get(link.userId))
        .filter((account) => account !== undefined)
        .map((account) => ({
          userId: account.userId,
          displayName: account.displayName,
          email: account.email,
          receives: readsAgreement(account, row.agreementId),
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
      return {
        id: row.id,
        agreementId: row.agreementId,
        cadence: row.cadence,
        dayOfMonth: row.dayOfMonth,
        language: row.language,
        paused: row.paused,
        recipients,
        createdAt: row.createdAt,
        createdByName: row.createdByName,
        lastRun: row.lastRunAsOf && row.lastRunAt ? { asOf: row.lastRunAsOf, ranAt: row.lastRunAt } : null,
        nextRun: row.paused ? null : comingRun(row),
        version: row.version,
      };
    });
  }
}

/** The run owed today (it comes within the hour), else the next one. */
function comingRun(row: ScheduleRow) {
  const today = todayIn(row.timeZone);
  return owedPeriod(row, today) ?? nextRun(row.cadence, row.dayOfMonth, today);
}

/** What the audit trail records of a schedule: its settings and recipients, not its derived runs. */
function auditedFields(schedule: ReportScheduleDto): UpdateReportScheduleRequest {
  const { cadence, dayOfMonth, language, paused, recipients } = schedule;
  return { cadence, dayOfMonth, language, paused, recipientIds: recipients.map((recipient) => recipient.userId) };
}
