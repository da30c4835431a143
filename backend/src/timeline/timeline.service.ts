import { TimelineDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgreementAccess } from '../auth/authenticated-user';
import { agreementDay } from '../common/agreement-day';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { TIMELINE_SQL } from './timeline.sql';

@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forAgreement(scope: AgreementAccess, query: TimelineQueryDto): Promise<TimelineDto> {
    const asOf = await agreementDay(this.db, scope.agreementId, query.asOf);
    const items = await this.db.query(TIMELINE_SQL, [
      scope.agreementId,
      asOf,
      scope.seesConfidential,
      query.pillarId ?? null,
      query.partyId ?? null,
    ]);
    return { agreementId: scope.agreementId, asOf, items };
  }
}
