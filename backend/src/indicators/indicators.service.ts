import {
  AuditAction,
  cellsTotal,
  DDR_STAGES,
  DdrDashboardDto,
  DdrSeries,
  DdrStage,
  DdrStageFigure,
  FieldError,
  IndicatorDetailDto,
  IndicatorDimension,
  IndicatorDto,
  indicatorValueErrors,
  IndicatorValueDto,
  IndicatorValueListItemDto,
  Page,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor, AgreementAccess } from '../auth/authenticated-user';
import { agreementDay } from '../common/agreement-day';
import { ApiException } from '../common/api-exception';
import { fetchPage, TOTAL_COLUMN } from '../common/paging';
import { decideOnce } from '../common/review-decision';
import { skipsReviewColumn, submissionErrors } from '../common/submission';
import { reviewedRowVisible, reviewListParameters, VISIBILITY_PLACEHOLDERS } from '../common/reviewed-rows.sql';
import { staleVersion, updateCount } from '../common/versioning';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { DDR_SQL } from './ddr.sql';
import { CreateIndicatorValueDto } from './dto/create-indicator-value.dto';
import { IndicatorValueQueryDto } from './dto/indicator-value-query.dto';
import { insertCells } from './indicator-cells';
import { indicatorValueListConditions, indicatorValueSelect } from './indicator-value.sql';

const INDICATOR_COLUMNS = `i.id, i.agreement_id AS "agreementId", i.commitment_id AS "commitmentId", i.code, i.name,
  i.unit, i.ddr_stage AS "ddrStage", i.baseline, i.target, i.target_date::text AS "targetDate", i.dimensions,
  i.position, i.version`;

type IndicatorRow = Omit<IndicatorDto, 'asOf' | 'current' | 'progress'> & { currentId: string | null };

/** What the rules of a new value need to know about its indicator and its author. */
export interface ValueContext {
  signedOn: string;
  dimensions: IndicatorDimension[];
  parties: string[];
  regions: string[];
  skipsReview: boolean;
}

@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  /** The agreement's indicators with their latest approved value as of `asOf` (today by default). */
  async list(scope: ReadScope, asOf?: string, manager: EntityManager = this.db.manager): Promise<IndicatorDto[]> {
    const day = await agreementDay(manager, scope.agreementId, asOf);
    const rows: IndicatorRow[] = await manager.query(
      `SELECT ${INDICATOR_COLUMNS}, v.value_id AS "currentId"
       FROM indicator i JOIN indicator_value_as_of($1, $2, $3) v ON v.indicator_id = i.id
       WHERE i.agreement_id = $1
       ORDER BY i.position`,
      [scope.agreementId, day, scope.seesConfidential],
    );
    const ids = rows.map((row) => row.currentId).filter((id): id is string => id !== null);
    const values = await this.values(manager, 'v.id = ANY($1)', [ids]);
    return rows.map(({ currentId, ...indicator }) => {
      const current = values.find((value) => value.id === currentId) ?? null;
      return { ...indicator, asOf: day, current, progress: progressOf(current?.total ?? null, indicator.target) };
    });
  }

  async detail(
    indicatorId: string,
    scope: ReadScope,
    asOf?: string,
    manager: EntityManager = this.db.manager,
  ): Promise<IndicatorDetailDto> {
    const indicator = (await this.list(scope, asOf, manager)).find((candidate) => candidate.id === indicatorId);
    if (!indicator) throw ApiException.notFound('Indicator');
    const history = await this.values(
      manager,
      `v.indicator_id = $1 AND ${reviewedRowVisible(VISIBILITY_PLACEHOLDERS, 'v')}`,
      [indicatorId, scope.seesConfidential, scope.userId, scope.seesAllSubmissions],
      'ORDER BY v.as_of DESC, v.seq DESC',
    );
    return { ...indicator, history };
  }

  /**
   * Submits a value for review (or counts it at once for a trusted monitor of an agreement that allows
   * it). The indicator's version is the lock: a stale If-Match gets 412 and nothing is stored. A total
   * given with cells must be their sum; cells alone give the total.
   */
  submit(
    indicatorId: string,
    expectedVersion: number,
    input: CreateIndicatorValueDto,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<IndicatorDetailDto> {
    return this.transactions.run(idempotency, async (manager) => {
      const [context]: ValueContext[] = await manager.query(
        `SELECT a.signed_on::text AS "signedOn", i.dimensions,
                ARRAY(SELECT p.acronym FROM party p WHERE p.agreement_id = a.id) AS parties,
                ARRAY(SELECT r.code FROM region r WHERE r.agreement_id = a.id) AS regions,
                ${skipsReviewColumn('$2')}
         FROM indicator i JOIN agreement a ON a.id = i.agreement_id
         WHERE i.id = $1`,
        [indicatorId, actor.user.id],
      );
      checkValue(input, context, scope);
      const claimed = await updateCount(
        manager,
        'UPDATE indicator SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2',
        [indicatorId, expectedVersion],
      );
      if (claimed === 0) throw staleVersion();
      const cells = input.cells ?? [];
      const [{ id }] = await manager.query(
        `INSERT INTO indicator_value (agreement_id, indicator_id, as_of, total, note, source_links, confidential,
                                      author_id, approved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9 THEN now() END) RETURNING id`,
        [
          scope.agreementId,
          indicatorId,
          input.asOf,
          input.total ?? cellsTotal(cells),
          input.note,
          JSON.stringify(input.sourceLinks ?? []),
          input.confidential ?? false,
          actor.user.id,
          context.skipsReview,
        ],
      );
      await insertCells(manager, id, cells);
      await this.audit.append(manager, actor, {
        action: context.skipsReview ? AuditAction.IndicatorValueApproved : AuditAction.IndicatorValueSubmitted,
        entityType: 'indicator_value',
        entityId: id,
        agreementId: scope.agreementId,
        after: { indicatorId, ...input, countedWithoutReview: context.skipsReview },
      });
      return this.detail(indicatorId, scope, undefined, manager);
    });
  }

  /** Approves a value (`returnReason` null) or returns it with a reason, once (see decideOnce). */
  decide(
    valueId: string,
    returnReason: string | null,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<IndicatorDetailDto> {
    return this.transactions.run(idempotency, async (manager) => {
      await decideOnce(manager, 'indicator_value', valueId, actor.user.id, returnReason);
      // The indicator's current value or history changed: its representation gets a new version.
      const [[{ indicatorId }]] = await manager.query(
        `UPDATE indicator SET version = version + 1, updated_at = now()
         WHERE id = (SELECT indicator_id FROM indicator_value WHERE id = $1) RETURNING id AS "indicatorId"`,
        [valueId],
      );
      await this.audit.append(manager, actor, {
        action: returnReason === null ? AuditAction.IndicatorValueApproved : AuditAction.IndicatorValueReturned,
        entityType: 'indicator_value',
        entityId: valueId,
        agreementId: scope.agreementId,
        after: returnReason === null ? { reviewState: 'approved' } : { reviewState: 'returned', returnReason },
      });
      return this.detail(indicatorId, scope, undefined, manager);
    });
  }

  /**
   * The agreement's values the caller may see, newest first, with the indicator each measures: the review
   * queue for reviewers (state submitted), a monitor's own pending and returned values (`mine`), or any
   * filtered list. As for status updates.
   */
  listValues(scope: ReadScope, query: IndicatorValueQueryDto): Promise<Page<IndicatorValueListItemDto>> {
    const parameters = reviewListParameters(scope);
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const where = `WHERE ${indicatorValueListConditions(query, bind).join(' AND ')}`;
    return fetchPage(
      this.db.manager,
      {
        select: `${indicatorValueSelect({
          columns: `i.code AS "indicatorCode", i.name AS "indicatorName", i.unit, ${TOTAL_COLUMN},`,
          joins: 'JOIN indicator i ON i.id = v.indicator_id',
        })}
         ${where}
         ORDER BY v.seq DESC`,
        count: `SELECT count(*)::int AS total FROM indicator_value v ${where}`,
      },
      parameters,
      query,
    );
  }

  /** The DDR chain as of `asOf` (today by default): the funnel against targets, its history, its splits. */
  async ddr(scope: ReadScope, asOf?: string): Promise<DdrDashboardDto> {
    const day = await agreementDay(this.db.manager, scope.agreementId, asOf);
    const [{ ddr }] = await this.db.query(DDR_SQL, [scope.agreementId, day, scope.seesConfidential]);
    const figures = ddr.stages as Omit<DdrStageFigure, 'progress'>[];
    const stages = DDR_STAGES.map((stage): DdrStageFigure => {
      const figure = figures.find((candidate) => candidate.stage === stage);
      if (!figure) {
        return {
          stage,
          indicatorId: null,
          name: null,
          unit: null,
          total: null,
          target: null,
          progress: null,
          valueAsOf: null,
        };
      }
      return { ...figure, progress: progressOf(figure.total, figure.target) };
    });
    const order = (stage: DdrStage) => DDR_STAGES.indexOf(stage);
    const series = (ddr.series as DdrSeries[]).sort((a, b) => order(a.stage) - order(b.stage));
    return {
      agreementId: scope.agreementId,
      asOf: day,
      stages,
      series,
      splits: ddr.splits,
      sites: ddr.sites,
      regions: ddr.regions,
    };
  }

  private async values(
    manager: EntityManager,
    where: string,
    parameters: unknown[],
    orderBy = '',
  ): Promise<IndicatorValueDto[]> {
    return manager.query(`${indicatorValueSelect()} WHERE ${where} ${orderBy}`, parameters);
  }
}

/** A total as a percentage of its target, one decimal; null without both. */
function progressOf(total: number | null, target: number | null): number | null {
  if (total === null || !target) return null;
  return Math.round((total / target) * 1000) / 10;
}

/** The rules of a value beyond its own fields; every failure is named at once. */
function checkValue(input: CreateIndicatorValueDto, context: ValueContext, scope: ReadScope): void {
  const errors = indicatorValueRuleErrors(input, context, scope);
  if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
}

/**
 * Those rules as field codes (empty when the value follows them), for the API and for the bulk import:
 * cells that add up and split by the indicator's dimensions, parties and regions of the agreement, its
 * date and confidential mark.
 */
export function indicatorValueRuleErrors(
  input: Pick<CreateIndicatorValueDto, 'asOf' | 'total' | 'cells' | 'confidential'>,
  context: Omit<ValueContext, 'skipsReview'>,
  scope: AgreementAccess,
): Record<string, string> {
  const errors: Record<string, string> = {
    ...indicatorValueErrors(context.dimensions, input),
    ...submissionErrors(
      { date: input.asOf, dateField: 'asOf', confidential: input.confidential },
      context.signedOn,
      scope,
    ),
  };
  (input.cells ?? []).forEach((cell, index) => {
    if (cell.armedGroup !== undefined && !context.parties.includes(cell.armedGroup)) {
      errors[`cells.${index}.armedGroup`] = FieldError.UnknownParty;
    }
    if (cell.region !== undefined && !context.regions.includes(cell.region)) {
      errors[`cells.${index}.region`] = FieldError.UnknownRegion;
    }
  });
  return errors;
}
