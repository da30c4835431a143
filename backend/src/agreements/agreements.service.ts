import { AgreementDetailDto, AgreementSummaryDto, AssessmentScaleDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Agreement } from './entities/agreement.entity';
import {
  AssessmentLevel,
  AssessmentScale,
  MonitoringBody,
  Party,
  Pillar,
  TextSection,
} from './entities/agreement-parts.entity';

@Injectable()
export class AgreementsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<AgreementSummaryDto[]> {
    return this.db.query(
      `SELECT a.id, a.slug, a.title, a.short_title AS "shortTitle", a.country, a.signed_on::text AS "signedOn",
              (SELECT count(*)::int FROM commitment c WHERE c.agreement_id = a.id) AS "commitmentCount"
       FROM agreement a ORDER BY a.signed_on DESC, a.title`,
    );
  }

  /** The agreement or a 404; every agreement-scoped read starts here. */
  async getEntity(id: string): Promise<Agreement> {
    const agreement = await this.db.getRepository(Agreement).findOneBy({ id });
    if (!agreement) throw ApiException.notFound('Agreement');
    return agreement;
  }

  async getScale(scaleId: string): Promise<AssessmentScaleDto> {
    const [scale, levels] = await Promise.all([
      this.db.getRepository(AssessmentScale).findOneByOrFail({ id: scaleId }),
      this.db.getRepository(AssessmentLevel).find({ where: { scaleId }, order: { value: 'ASC' } }),
    ]);
    return {
      code: scale.code,
      nameKey: scale.nameKey,
      levels: levels.map(({ value, labelKey, pamScore }) => ({ value, labelKey, pamScore })),
    };
  }

  async detail(id: string): Promise<AgreementDetailDto> {
    const agreement = await this.getEntity(id);
    const byAgreement = { where: { agreementId: id }, order: { position: 'ASC' as const } };
    const [scale, pillars, parties, bodies, sections, [{ count }]] = await Promise.all([
      this.getScale(agreement.scaleId),
      this.db.getRepository(Pillar).find(byAgreement),
      this.db.getRepository(Party).find(byAgreement),
      this.db.getRepository(MonitoringBody).find(byAgreement),
      this.db.getRepository(TextSection).find(byAgreement),
      this.db.query(`SELECT count(*)::int AS count FROM commitment WHERE agreement_id = $1`, [id]),
    ]);
    return {
      id: agreement.id,
      slug: agreement.slug,
      title: agreement.title,
      shortTitle: agreement.shortTitle,
      country: agreement.country,
      signedOn: agreement.signedOn,
      description: agreement.description,
      timeZone: agreement.timeZone,
      paxId: agreement.paxId,
      version: agreement.version,
      commitmentCount: count,
      scale,
      pillars: pillars.map(({ id, code, name, theme, position }) => ({ id, code, name, theme, position })),
      parties: parties.map(({ id, name, acronym, kind, parentId }) => ({ id, name, acronym, kind, parentId })),
      monitoringBodies: bodies.map(({ id, name, acronym, description }) => ({ id, name, acronym, description })),
      sections: sections.map(({ id, parentId, kind, number, heading, body, position }) => ({
        id,
        parentId,
        kind,
        number,
        heading,
        body,
        position,
      })),
    };
  }
}
