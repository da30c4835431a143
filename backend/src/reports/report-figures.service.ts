import {
  ChangedCommitmentDto,
  CommitmentListItemDto,
  DashboardDto,
  IndicatorDto,
  ReportCommitment,
  ReportFigures,
  ReportIndicator,
  ReportSummary,
  ReportUpdateReference,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Agreement } from '../agreements/entities/agreement.entity';
import type { ReadScope } from '../auth/authenticated.decorator';
import { CommitmentQueryDto } from '../commitments/dto/commitment-query.dto';
import { CommitmentsService } from '../commitments/commitments.service';
import { MAX_PAGE_SIZE } from '../common/paging';
import { DashboardService } from '../dashboard/dashboard.service';
import { IndicatorsService } from '../indicators/indicators.service';
import { PlacesService } from '../places/places.service';
import { ProgressService } from '../progress/progress.service';
import { REFERENCES_SQL } from './report-references.sql';

/** The days and filter a report covers. */
export interface ReportRequest {
  asOf: string;
  previousAsOf: string;
  /** The pillar the report is limited to; null: the whole agreement. */
  pillar: { id: string; name: string } | null;
}

/**
 * A report's figures, taken from the services behind the pages (dashboard, what changed, map, DDR,
 * indicators, commitments) as of the report's day, for the reader's scope: every figure is computed by
 * the same SQL as on screen, none a second time here. This only picks the fields that describe the day
 * (no versions, no names of reviewers) and narrows the lists to the pillar asked for.
 */
@Injectable()
export class ReportFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: DashboardService,
    private readonly progress: ProgressService,
    private readonly places: PlacesService,
    private readonly indicators: IndicatorsService,
    private readonly commitments: CommitmentsService,
  ) {}

  async assemble(scope: ReadScope, agreement: Agreement, request: ReportRequest): Promise<ReportFigures> {
    const { asOf, previousAsOf, pillar } = request;
    const [current, previous, changes, map, ddr, indicators, commitments] = await Promise.all([
      this.dashboards.forAgreement(scope, asOf, null),
      this.dashboards.forAgreement(scope, previousAsOf),
      this.progress.changes(scope, { since: previousAsOf, until: asOf }),
      this.places.map(scope, asOf),
      this.indicators.ddr(scope, asOf),
      this.indicators.list(scope, asOf),
      this.allCommitments(scope, asOf, pillar?.id),
    ]);
    const covered = new Set(commitments.map((commitment) => commitment.id));
    const ofCovered = <T extends { commitmentId: string }>(items: T[]) =>
      items.filter((item) => covered.has(item.commitmentId));
    const changed = changes.commitments.filter((commitment) => covered.has(commitment.id));
    const references: ReportUpdateReference[] = await this.db.query(REFERENCES_SQL, [
      scope.agreementId,
      previousAsOf,
      asOf,
      scope.seesConfidential,
      changed.map((commitment) => commitment.id),
    ]);
    return {
      agreement: {
        title: agreement.title,
        shortTitle: agreement.shortTitle,
        signedOn: agreement.signedOn,
        timeZone: agreement.timeZone,
        paxId: agreement.paxId,
      },
      pillar,
      summary: { current: summaryOf(current, pillar?.id), previous: summaryOf(previous, pillar?.id) },
      moved: movedCounts(changed),
      milestones: current.milestones,
      byPillar: current.byPillar,
      byParty: current.byParty,
      map: { boundaryMap: map.boundaryMap, areas: map.areas, sites: map.sites },
      ddr: ddr.stages,
      commitments: commitments.map(reportCommitment),
      overdue: ofCovered(current.overdue),
      changes: {
        commitments: changed,
        newlyOverdue: ofCovered(changes.newlyOverdue),
        indicators: changes.indicators,
        statusUpdates: changes.statusUpdates,
      },
      indicators: indicators.map(reportIndicator),
      references,
      withheld: current.withheld,
    };
  }

  /** Every commitment of the agreement (or of one pillar) with its status as of the day, a page at a time. */
  private async allCommitments(scope: ReadScope, asOf: string, pillarId?: string): Promise<CommitmentListItemDto[]> {
    const items: CommitmentListItemDto[] = [];
    for (let page = 1; ; page++) {
      const query = Object.assign(new CommitmentQueryDto(), { pillarId, page, pageSize: MAX_PAGE_SIZE });
      const result = await this.commitments.list(scope, query, asOf);
      items.push(...result.items);
      if (items.length >= result.total || result.items.length === 0) return items;
    }
  }
}

/** The commitments covered on one day: the agreement's, or the pillar's row of the dashboard. */
function summaryOf(dashboard: DashboardDto, pillarId: string | undefined): ReportSummary {
  if (pillarId === undefined) {
    const { commitments, implementationRate, byLevel } = dashboard;
    return { commitments, implementationRate, byLevel };
  }
  const pillar = dashboard.byPillar.find((group) => group.id === pillarId);
  if (!pillar) throw new Error(`Pillar ${pillarId} is not on the dashboard of its agreement`);
  return { commitments: pillar.commitments, implementationRate: pillar.rate, byLevel: pillar.levels };
}

function movedCounts(changed: readonly ChangedCommitmentDto[]): ReportFigures['moved'] {
  const count = (test: (commitment: ChangedCommitmentDto) => boolean) => changed.filter(test).length;
  return {
    raised: count(({ before, after }) => after.level > before.level),
    lowered: count(({ before, after }) => after.level < before.level),
    statusOnly: count(({ before, after }) => after.level === before.level),
  };
}

/** The commitment as of the day, without what the report names elsewhere (its pillar) or not at all (its parties). */
function reportCommitment({ pillarName, parties, ...commitment }: CommitmentListItemDto): ReportCommitment {
  return commitment;
}

function reportIndicator(indicator: IndicatorDto): ReportIndicator {
  const { id, code, name, unit, ddrStage, baseline, target, targetDate, current, progress } = indicator;
  return {
    id,
    code,
    name,
    unit,
    ddrStage,
    baseline,
    target,
    targetDate,
    value: current?.total ?? null,
    valueAsOf: current?.asOf ?? null,
    progress,
    sourceLinks: current?.sourceLinks ?? [],
  };
}
