import { DashboardDto, ProgressGroup } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { DASHBOARD_SQL } from './dashboard.sql';

/** How many overdue items the dashboard lists (the total is always given). */
const OVERDUE_LIST_LIMIT = 100;

type RawGroup = Omit<ProgressGroup, 'rate' | 'commitments'> & { rate: string | number | null; commitments: number };
type RawDashboard = Omit<DashboardDto, 'agreementId' | 'asOf' | 'byPillar' | 'byParty' | 'implementationRate'> & {
  implementationRate: number | string | null;
  byPillar: RawGroup[];
  byParty: RawGroup[];
};

const toRate = (value: number | string | null) => (value === null ? null : Number(value));
const toGroup = ({ id, label, commitments, rate, levels }: RawGroup): ProgressGroup => ({
  id,
  label,
  commitments,
  rate: toRate(rate),
  levels,
});

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
  ) {}

  async forAgreement(agreementId: string, asOf: string): Promise<DashboardDto> {
    await this.agreements.getEntity(agreementId);
    const [{ dashboard }] = (await this.db.query(DASHBOARD_SQL, [agreementId, asOf, OVERDUE_LIST_LIMIT])) as {
      dashboard: RawDashboard;
    }[];
    return {
      ...dashboard,
      agreementId,
      asOf,
      implementationRate: toRate(dashboard.implementationRate),
      byPillar: dashboard.byPillar.map(toGroup),
      byParty: dashboard.byParty.map(toGroup),
    };
  }
}
