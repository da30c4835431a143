import { AgreementMapDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgreementAccess } from '../auth/authenticated-user';
import { agreementDay } from '../common/agreement-day';
import { MAP_SQL } from './map.sql';

@Injectable()
export class PlacesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async map(scope: AgreementAccess, asOf?: string): Promise<AgreementMapDto> {
    const day = await agreementDay(this.db, scope.agreementId, asOf);
    const [{ map }] = await this.db.query(MAP_SQL, [scope.agreementId, day, scope.seesConfidential]);
    return { agreementId: scope.agreementId, asOf: day, ...map };
  }
}
