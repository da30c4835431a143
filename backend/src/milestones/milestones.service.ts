import { AuditAction, MilestoneDto, StatusUpdateDto, todayIn } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import { VISIBILITY_PLACEHOLDERS } from '../common/reviewed-rows.sql';
import { statusUpdateSelect, statusUpdateVisible } from '../status-updates/status-update.sql';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { Milestone } from './entities/milestone.entity';

/** A reader's scope on a given day. */
export type DatedScope = ReadScope & { asOf: string };

@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async getEntity(id: string, manager: EntityManager = this.db.manager): Promise<Milestone> {
    const milestone = await manager.getRepository(Milestone).findOneBy({ id });
    if (!milestone) throw ApiException.notFound('Milestone');
    return milestone;
  }

  /**
   * Milestones with their status as of `asOf` and the history the reader may see, for one commitment or
   * one milestone of the agreement (the agreement id is passed so that the status function is planned for
   * that agreement only). Confidential milestones and updates are left out for readers without clearance.
   */
  async describe(
    scope: DatedScope,
    where: { commitmentId: string } | { milestoneId: string },
    manager: EntityManager = this.db.manager,
  ): Promise<MilestoneDto[]> {
    const [column, id] = 'commitmentId' in where ? ['commitment_id', where.commitmentId] : ['id', where.milestoneId];
    const rows: Omit<MilestoneDto, 'history' | 'asOf'>[] = await manager.query(
      `SELECT m.id, m.commitment_id AS "commitmentId", m.title, m.description, m.due_date::text AS "dueDate",
              m.position, m.version, m.confidential, s.level, s.pam_score AS "pamScore",
              s.operational_status AS "operationalStatus", s.overdue
       FROM milestone m JOIN milestone_status_as_of($2, $3, $4) s ON s.milestone_id = m.id
       WHERE m.${column} = $1
       ORDER BY m.position`,
      [id, scope.agreementId, scope.asOf, scope.seesConfidential],
    );
    if (rows.length === 0) return [];
    const history: StatusUpdateDto[] = await manager.query(
      `${statusUpdateSelect(VISIBILITY_PLACEHOLDERS)}
       WHERE u.milestone_id = ANY($1) AND ${statusUpdateVisible(VISIBILITY_PLACEHOLDERS)}
       ORDER BY u.effective_date DESC, u.seq DESC`,
      [rows.map((row) => row.id), scope.seesConfidential, scope.userId, scope.seesAllSubmissions],
    );
    return rows.map((row) => ({
      ...row,
      asOf: scope.asOf,
      history: history.filter((update) => update.milestoneId === row.id),
    }));
  }

  async detail(id: string, scope: ReadScope, manager: EntityManager = this.db.manager): Promise<MilestoneDto> {
    const [agreement] = await manager.query(`SELECT time_zone AS "timeZone" FROM agreement WHERE id = $1`, [
      scope.agreementId,
    ]);
    const [milestone] = await this.describe(
      { ...scope, asOf: todayIn(agreement.timeZone) },
      { milestoneId: id },
      manager,
    );
    if (!milestone) throw ApiException.notFound('Milestone');
    return milestone;
  }

  /**
   * Claims the milestone for a write: bumps its version only if the caller read the current one (or
   * unconditionally when `expectedVersion` is null: a review changes the milestone's figures but is not an
   * edit of what the reviewer read), and bumps its commitment's version too, because a commitment's
   * representation (its ETag) includes its milestones and their statuses. Answers 404 for an unknown
   * milestone and 412 for a stale version; nothing is written then.
   */
  async claimVersion(manager: EntityManager, id: string, expectedVersion: number | null): Promise<void> {
    const affected = await updateCount(
      manager,
      `WITH claimed AS (
         UPDATE milestone SET version = version + 1, updated_at = now()
         WHERE id = $1 AND ($2::integer IS NULL OR version = $2)
         RETURNING commitment_id)
       UPDATE commitment SET version = version + 1, updated_at = now() WHERE id IN (SELECT commitment_id FROM claimed)`,
      [id, expectedVersion],
    );
    if (affected === 0) {
      await this.getEntity(id, manager);
      throw staleVersion();
    }
  }

  async update(
    id: string,
    expectedVersion: number,
    changes: UpdateMilestoneDto,
    actor: Actor,
    scope: ReadScope,
  ): Promise<MilestoneDto> {
    requireChanges(changes);
    return this.db.transaction(async (manager) => {
      const before = await this.getEntity(id, manager);
      await this.claimVersion(manager, id, expectedVersion);
      await manager.getRepository(Milestone).update({ id }, changes);
      const after = await this.getEntity(id, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.MilestoneUpdated,
        entityType: 'milestone',
        entityId: id,
        agreementId: scope.agreementId,
        before,
        after,
      });
      return this.detail(id, scope, manager);
    });
  }
}
