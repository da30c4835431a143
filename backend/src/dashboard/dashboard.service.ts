import { DashboardDto, todayIn } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { DASHBOARD_SQL } from './dashboard.sql';

/** How many overdue items the dashboard lists (the total is always given). */
const OVERDUE_LIST_LIMIT = 100;

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
  ) {}

  /** The dashboard as of the end of `asOf`; without it, as of today in the agreement's time zone. */
  async forAgreement(agreementId: string, asOf?: string): Promise<DashboardDto> {
    const agreement = await this.agreements.getEntity(agreementId);
    const day = asOf ?? todayIn(agreement.timeZone);
    const [{ dashboard }] = await this.db.query(DASHBOARD_SQL, [agreementId, day, OVERDUE_LIST_LIMIT]);
    return { agreementId, asOf: day, ...dashboard };
  }
}
