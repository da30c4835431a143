import {
  AuditAction,
  ErrorCode,
  FieldError,
  latestRun,
  ReportDetailDto,
  ReportScheduleRunDto,
  SchedulePeriod,
  seesConfidential,
  todayIn,
} from '@accord/shared';
import { HttpStatus, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import type { Agreement } from '../agreements/entities/agreement.entity';
import { AuditActor, AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { JobsService } from '../jobs/jobs.service';
import { Mailer } from '../mail/mailer';
import { ReportsService } from '../reports/reports.service';
import { ReportMail } from './report-mail';
import {
  owedPeriod,
  readsAgreement,
  RecipientAccount,
  recipientAccounts,
  SCHEDULE_SELECT,
  ScheduleRow,
} from './report-schedule-rows';

/** Each hour, so that a schedule's day starts within the hour in its agreement's time zone. */
const HOURLY = '0 * * * *';

/** Who runs a schedule: an administrator asking now, or the server's hourly check (no one). */
interface RunTrigger {
  actor: AuditActor;
  /** The account the reports are generated as: the administrator, or the schedule's author. */
  generatedBy: string;
  ranBy: string | null;
}

/** One recipient's report of a run just made, for the e-mail. */
interface Delivery {
  recipient: RecipientAccount;
  report: ReportDetailDto;
}

interface RunOutcome {
  run: ReportScheduleRunDto;
  /** Null when the period had been reported already: nothing was delivered this time. */
  delivered: { agreement: Agreement; deliveries: Delivery[] } | null;
}

const RUN_SELECT = `
  SELECT run.id, run.schedule_id AS "scheduleId", run.as_of::text AS "asOf",
         run.previous_as_of::text AS "previousAsOf", run.ran_at AS "ranAt", run.ran_by AS "ranById",
         coalesce((
           SELECT json_agg(json_build_object('reportId', g.report_id, 'includesConfidential', g.includes_confidential,
                                             'recipientIds', g.recipient_ids) ORDER BY g.includes_confidential)
           FROM (SELECT d.report_id, r.includes_confidential, array_agg(d.user_id ORDER BY d.user_id) AS recipient_ids
                 FROM report_delivery d JOIN report r ON r.id = d.report_id
                 WHERE d.run_id = run.id GROUP BY d.report_id, r.includes_confidential) g
         ), '[]') AS reports
  FROM report_schedule_run run`;

/**
 * Runs report schedules: each run reports on one period (as of its last day, what changed since the end of
 * the period before), at most once per schedule and period, whoever starts it and however often. It
 * generates one report per scope among the recipients who read the agreement at that moment (cleared for
 * confidential items or not), through the report service as any report, and delivers each recipient the
 * one of their scope; then, when SMTP is configured, e-mails them a link.
 */
@Injectable()
export class ReportScheduleRuns implements OnModuleInit {
  private readonly logger = new Logger(ReportScheduleRuns.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
    private readonly jobs: JobsService,
    private readonly mailer: Mailer,
    private readonly mail: ReportMail,
  ) {}

  onModuleInit(): void {
    this.jobs.every('report-schedules', HOURLY, async () => {
      await this.runDue();
    });
  }

  /**
   * Runs every schedule that owes a period at `now` in its agreement's calendar (see owedPeriod), one
   * after the other; a schedule that fails is logged and the others still run. Answers the runs made.
   */
  async runDue(now = new Date()): Promise<ReportScheduleRunDto[]> {
    const schedules: ScheduleRow[] = await this.db.query(`${SCHEDULE_SELECT} AND NOT s.paused`);
    const runs: ReportScheduleRunDto[] = [];
    for (const schedule of schedules) {
      const period = owedPeriod(schedule, todayIn(schedule.timeZone, now));
      if (!period) continue;
      try {
        const outcome = await this.db.transaction(async (manager) => {
          const locked = await this.lock(manager, schedule.id);
          if (!locked || locked.paused) return null;
          return this.runPeriod(manager, locked, period, {
            actor: { requestId: '', clientIp: '' },
            generatedBy: locked.createdBy,
            ranBy: null,
          });
        });
        if (outcome?.delivered) {
          runs.push(outcome.run);
          await this.email(outcome);
        }
      } catch (error) {
        this.logger.error({ err: error, scheduleId: schedule.id }, 'A report schedule could not run');
      }
    }
    return runs;
  }

  /**
   * Reports now on the latest period whose day has come (for an administrator): `created` false when it
   * had been reported already, in which case nothing is delivered again.
   */
  async runNow(
    scheduleId: string,
    actor: Actor,
    idempotency: IdempotentRequest,
  ): Promise<{ run: ReportScheduleRunDto; created: boolean }> {
    let outcome: RunOutcome | undefined;
    const run = await this.transactions.run(idempotency, async (manager) => {
      const schedule = await this.lock(manager, scheduleId);
      if (!schedule) throw ApiException.notFound('Report schedule');
      if (schedule.paused) {
        throw new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The schedule is paused: resume it first', {
          paused: FieldError.SchedulePaused,
        });
      }
      const period = latestRun(schedule.cadence, schedule.dayOfMonth, todayIn(schedule.timeZone));
      if (period.asOf < schedule.signedOn) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          ErrorCode.Conflict,
          'The latest period ended before the agreement was signed: there is nothing to report yet',
          { asOf: FieldError.DateBeforeAgreement },
        );
      }
      const trigger = { actor, generatedBy: actor.user.id, ranBy: actor.user.id };
      outcome = await this.runPeriod(manager, schedule, period, trigger);
      return outcome.run;
    });
    // Not run this time: the period was reported before, or the answer is a replay.
    if (!outcome?.delivered) return { run, created: false };
    await this.email(outcome);
    return { run, created: true };
  }

  /** The schedule, locked against changes and other runs until the transaction ends; undefined if removed. */
  private async lock(manager: EntityManager, scheduleId: string): Promise<ScheduleRow | undefined> {
    await manager.query('SELECT 1 FROM report_schedule WHERE id = $1 FOR UPDATE', [scheduleId]);
    const [schedule]: ScheduleRow[] = await manager.query(`${SCHEDULE_SELECT} AND s.id = $1`, [scheduleId]);
    return schedule;
  }

  private async runPeriod(
    manager: EntityManager,
    schedule: ScheduleRow,
    period: SchedulePeriod,
    trigger: RunTrigger,
  ): Promise<RunOutcome> {
    const previousAsOf = period.previousAsOf < schedule.signedOn ? schedule.signedOn : period.previousAsOf;
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO report_schedule_run (schedule_id, as_of, previous_as_of, ran_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT report_schedule_run_period DO NOTHING RETURNING id`,
      [schedule.id, period.asOf, previousAsOf, trigger.ranBy],
    );
    if (!inserted) {
      const [run]: ReportScheduleRunDto[] = await manager.query(
        `${RUN_SELECT} WHERE run.schedule_id = $1 AND run.as_of = $2`,
        [schedule.id, period.asOf],
      );
      return { run, delivered: null };
    }

    const agreement = await this.agreements.getEntity(schedule.agreementId);
    const recipients = [...(await this.recipientsOf(manager, schedule)).values()];
    const scopes = [...new Set(recipients.map((recipient) => seesConfidential(recipient, agreement.id)))];
    // Every figure first, every write after: the audit trail's lock is taken by the first write.
    const prepared = await Promise.all(
      scopes.map((cleared) =>
        this.reports.prepare(
          {
            agreementId: agreement.id,
            seesConfidential: cleared,
            userId: trigger.generatedBy,
            seesAllSubmissions: false,
          },
          agreement,
          { asOf: period.asOf, previousAsOf, pillar: null },
          schedule.language,
        ),
      ),
    );
    const byScope = new Map<boolean, ReportDetailDto>();
    for (const report of prepared) {
      byScope.set(
        report.content.includesConfidential,
        await this.reports.store(manager, report, trigger.generatedBy, trigger.actor),
      );
    }
    // Every recipient's scope has its report: the scopes are those of the recipients.
    const deliveries = recipients.flatMap((recipient) => {
      const report = byScope.get(seesConfidential(recipient, agreement.id));
      return report ? [{ recipient, report }] : [];
    });
    await manager.query(
      `INSERT INTO report_delivery (report_id, user_id, run_id)
       SELECT unnest($1::uuid[]), unnest($2::uuid[]), $3`,
      [deliveries.map(({ report }) => report.id), deliveries.map(({ recipient }) => recipient.userId), inserted.id],
    );
    const [run]: ReportScheduleRunDto[] = await manager.query(`${RUN_SELECT} WHERE run.id = $1`, [inserted.id]);
    await this.audit.append(manager, trigger.actor, {
      action: AuditAction.ReportScheduleRun,
      entityType: 'report_schedule',
      entityId: schedule.id,
      agreementId: agreement.id,
      after: { runId: run.id, asOf: run.asOf, previousAsOf: run.previousAsOf, reports: run.reports },
    });
    return { run, delivered: { agreement, deliveries } };
  }

  /** The recipients who read the agreement now; the others receive nothing. */
  private async recipientsOf(manager: EntityManager, schedule: ScheduleRow): Promise<Map<string, RecipientAccount>> {
    const links: { userId: string }[] = await manager.query(
      'SELECT user_id AS "userId" FROM report_schedule_recipient WHERE schedule_id = $1',
      [schedule.id],
    );
    const accounts = await recipientAccounts(
      manager,
      links.map((link) => link.userId),
    );
    return new Map([...accounts].filter(([, account]) => readsAgreement(account, schedule.agreementId)));
  }

  /**
   * E-mails each recipient of a run just made, when SMTP is configured; notes those sent. A message that
   * fails is logged and not sent again: the report waits in the recipient's list all the same.
   */
  private async email({ delivered }: RunOutcome): Promise<void> {
    if (!delivered || !this.mailer.enabled) return;
    const { agreement, deliveries } = delivered;
    for (const { recipient, report } of deliveries) {
      try {
        await this.mailer.send(
          this.mail.message({
            recipient,
            agreement,
            asOf: report.asOf,
            previousAsOf: report.previousAsOf,
            language: report.language,
          }),
        );
        await this.db.query('UPDATE report_delivery SET emailed_at = now() WHERE report_id = $1 AND user_id = $2', [
          report.id,
          recipient.userId,
        ]);
      } catch (error) {
        this.logger.error({ err: error, reportId: report.id, userId: recipient.userId }, 'A report e-mail failed');
      }
    }
  }
}
