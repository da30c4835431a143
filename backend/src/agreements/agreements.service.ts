import { AgreementDetailDto, AgreementSummaryDto, AssessmentScaleDto, AuditAction } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import { UpdateAgreementSettingsDto } from './dto/update-agreement-settings.dto';
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
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The agreements the user may see: all for an administrator, their memberships' for others. */
  list(user: AuthenticatedUser): Promise<AgreementSummaryDto[]> {
    return this.db.query(
      `SELECT a.id, a.slug, a.title, a.short_title AS "shortTitle", a.country, a.signed_on::text AS "signedOn",
              (SELECT count(*)::int FROM commitment c WHERE c.agreement_id = a.id) AS "commitmentCount"
       FROM agreement a
       WHERE $1 OR EXISTS (SELECT 1 FROM agreement_member m WHERE m.agreement_id = a.id AND m.user_id = $2)
       ORDER BY a.signed_on DESC, a.title`,
      [user.isAdmin, user.id],
    );
  }

  /** Admin settings: the public page and counting trusted monitors' updates without review. */
  async updateSettings(
    id: string,
    expectedVersion: number,
    changes: UpdateAgreementSettingsDto,
    actor: Actor,
  ): Promise<AgreementDetailDto> {
    requireChanges(changes);
    await this.db.transaction(async (manager) => {
      const [before] = await manager.query(
        `SELECT trusted_updates_skip_review AS "trustedUpdatesSkipReview", public_page AS "publicPage"
         FROM agreement WHERE id = $1`,
        [id],
      );
      const affected = await updateCount(
        manager,
        `UPDATE agreement SET trusted_updates_skip_review = coalesce($3, trusted_updates_skip_review),
                public_page = coalesce($4, public_page), version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2`,
        [id, expectedVersion, changes.trustedUpdatesSkipReview ?? null, changes.publicPage ?? null],
      );
      if (affected === 0) throw staleVersion();
      await this.audit.append(manager, actor, {
        action: AuditAction.AgreementSettingsUpdated,
        entityType: 'agreement',
        entityId: id,
        agreementId: id,
        before,
        after: { ...before, ...changes },
      });
    });
    return this.detail(id);
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
    const [scale, pillars, parties, bodies, sections, [{ count }], regions] = await Promise.all([
      this.getScale(agreement.scaleId),
      this.db.getRepository(Pillar).find(byAgreement),
      this.db.getRepository(Party).find(byAgreement),
      this.db.getRepository(MonitoringBody).find(byAgreement),
      this.db.getRepository(TextSection).find(byAgreement),
      this.db.query(`SELECT count(*)::int AS count FROM commitment WHERE agreement_id = $1`, [id]),
      this.db.query(`SELECT code, name FROM region WHERE agreement_id = $1 ORDER BY position`, [id]),
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
      trustedUpdatesSkipReview: agreement.trustedUpdatesSkipReview,
      publicPage: agreement.publicPage,
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
      regions,
    };
  }
}
