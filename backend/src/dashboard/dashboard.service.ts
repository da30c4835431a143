import { DashboardDto, todayIn } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import type { AgreementAccess } from '../auth/authenticated-user';
import { DASHBOARD_SQL } from './dashboard.sql';

/** How many overdue items the dashboard lists (the total is always given). */
const OVERDUE_LIST_LIMIT = 100;

@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
  ) {}

  /**
   * The dashboard as of the end of `asOf`; without it, as of today in the agreement's time zone.
   * Without confidential clearance, confidential items are left out and counted as withheld. The overdue
   * list holds the `overdueLimit` most overdue items (null: all of them, as printed reports list them).
   */
  async forAgreement(
    scope: AgreementAccess,
    asOf?: string,
    overdueLimit: number | null = OVERDUE_LIST_LIMIT,
  ): Promise<DashboardDto> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const day = asOf ?? todayIn(agreement.timeZone);
    const [{ dashboard }] = await this.db.query(DASHBOARD_SQL, [
      scope.agreementId,
      day,
      overdueLimit,
      scope.seesConfidential,
    ]);
    return { agreementId: scope.agreementId, asOf: day, ...dashboard };
  }
}
