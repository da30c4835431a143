import {
  AuditAction,
  FieldError,
  FieldErrorCode,
  Page,
  ReportDetailDto,
  ReportDto,
  ReportFigures,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { agreementDayError } from '../common/agreement-day';
import { ApiException } from '../common/api-exception';
import { canonicalJson } from '../common/canonical-json';
import { fetchPage, PageQueryDto, TOTAL_COLUMN } from '../common/paging';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { CreateReportDto } from './dto/create-report.dto';
import { ReportFiguresService } from './report-figures.service';

const REPORT_COLUMNS = `r.id, r.agreement_id AS "agreementId", r.as_of::text AS "asOf",
  r.previous_as_of::text AS "previousAsOf", r.language, r.filters, r.includes_confidential AS "includesConfidential",
  r.generated_at AS "generatedAt", r.generated_by AS "generatedById", author.display_name AS "generatedByName",
  r.content_hash AS "contentHash"`;
const REPORT_FROM = 'FROM report r JOIN app_user author ON author.id = r.generated_by';
/** The reports of agreement $1 that a reader sees ($2: cleared for confidential items). */
const VISIBLE = 'r.agreement_id = $1 AND ($2 OR NOT r.includes_confidential)';

/**
 * Status reports of an agreement. A report is generated for the caller's scope (confidential items count
 * only if they are cleared) and stored with its figures and their hash; every member cleared for what it
 * holds sees it. Figures are those of the end of the report's day, as approved by then.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
    private readonly figures: ReportFiguresService,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  async generate(
    scope: ReadScope,
    body: CreateReportDto,
    actor: Actor,
    idempotency: IdempotentRequest,
  ): Promise<ReportDetailDto> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const errors: Record<string, FieldErrorCode> = {};
    const asOfError = agreementDayError(body.asOf, agreement);
    if (asOfError) errors['asOf'] = asOfError;
    if (body.previousAsOf !== undefined) {
      const previousError =
        agreementDayError(body.previousAsOf, agreement) ??
        (body.previousAsOf > body.asOf ? FieldError.RangeReversed : null);
      if (previousError) errors['previousAsOf'] = previousError;
    }
    const pillar = body.pillarId ? await this.pillarOf(scope.agreementId, body.pillarId) : null;
    if (body.pillarId && !pillar) errors['pillarId'] = FieldError.UnknownPillar;
    if (Object.keys(errors).length > 0) throw ApiException.validation(errors);

    const previousAsOf = body.previousAsOf ?? (await this.previousReportDay(scope, body.asOf)) ?? agreement.signedOn;
    return this.transactions.run(idempotency, async (manager) => {
      const figures = await this.figures.assemble(scope, agreement, { asOf: body.asOf, previousAsOf, pillar });
      const content = {
        asOf: body.asOf,
        previousAsOf,
        language: body.language,
        filters: { pillarId: pillar?.id ?? null },
        includesConfidential: scope.seesConfidential,
      };
      const contentHash = reportContentHash({ ...content, figures });
      const [{ id }] = await manager.query(
        `INSERT INTO report (agreement_id, as_of, previous_as_of, language, filters, includes_confidential,
                             generated_by, content_hash, figures)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          scope.agreementId,
          content.asOf,
          content.previousAsOf,
          content.language,
          JSON.stringify(content.filters),
          content.includesConfidential,
          actor.user.id,
          contentHash,
          JSON.stringify(figures),
        ],
      );
      await this.audit.append(manager, actor, {
        action: AuditAction.ReportGenerated,
        entityType: 'report',
        entityId: id,
        agreementId: scope.agreementId,
        after: { ...content, contentHash },
      });
      const [report]: ReportDto[] = await manager.query(`SELECT ${REPORT_COLUMNS} ${REPORT_FROM} WHERE r.id = $1`, [
        id,
      ]);
      return { ...report, figures };
    });
  }

  /** The agreement's reports the caller sees, newest first. */
  list(scope: ReadScope, query: PageQueryDto): Promise<Page<ReportDto>> {
    return fetchPage(
      this.db.manager,
      {
        select: `SELECT ${REPORT_COLUMNS}, ${TOTAL_COLUMN} ${REPORT_FROM} WHERE ${VISIBLE}
                 ORDER BY r.generated_at DESC, r.id`,
        count: `SELECT count(*)::int AS total FROM report r WHERE ${VISIBLE}`,
      },
      [scope.agreementId, scope.seesConfidential],
      query,
    );
  }

  /** A report with its figures; the guard has checked that the caller sees it. */
  async detail(reportId: string, manager: EntityManager = this.db.manager): Promise<ReportDetailDto> {
    const [report]: ReportDetailDto[] = await manager.query(
      `SELECT ${REPORT_COLUMNS}, r.figures ${REPORT_FROM} WHERE r.id = $1`,
      [reportId],
    );
    if (!report) throw ApiException.notFound('Report');
    return report;
  }

  /** The day of the latest report before `asOf` that the caller sees: where "what changed" starts by default. */
  private async previousReportDay(scope: ReadScope, asOf: string): Promise<string | undefined> {
    const [previous] = await this.db.query(
      `SELECT r.as_of::text AS "asOf" FROM report r WHERE ${VISIBLE} AND r.as_of < $3 ORDER BY r.as_of DESC LIMIT 1`,
      [scope.agreementId, scope.seesConfidential, asOf],
    );
    return previous?.asOf;
  }

  private async pillarOf(agreementId: string, pillarId: string): Promise<{ id: string; name: string } | null> {
    const [pillar] = await this.db.query('SELECT id, name FROM pillar WHERE id = $1 AND agreement_id = $2', [
      pillarId,
      agreementId,
    ]);
    return pillar ?? null;
  }
}

/**
 * SHA-256 of a report's content as canonical JSON (keys sorted): its figures, days, language, filters and
 * whether it counts confidential items, but not when or by whom it was generated. Generating again for
 * the same day and options gives the same hash as long as the approved record of that day is the same.
 */
export function reportContentHash(
  content: Pick<ReportDto, 'asOf' | 'previousAsOf' | 'language' | 'filters' | 'includesConfidential'> & {
    figures: ReportFigures;
  },
): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
