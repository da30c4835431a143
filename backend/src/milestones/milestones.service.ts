import { MilestoneDto, StatusUpdateDto, todayIn } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { Milestone } from './entities/milestone.entity';

@Injectable()
export class MilestonesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async getEntity(id: string, manager: EntityManager = this.db.manager): Promise<Milestone> {
    const milestone = await manager.getRepository(Milestone).findOneBy({ id });
    if (!milestone) throw ApiException.notFound('Milestone');
    return milestone;
  }

  /**
   * Milestones with their status as of `asOf` and their full history, for one commitment or one
   * milestone of the agreement (the agreement id is passed so that the status function is planned
   * for that agreement only).
   */
  async describe(
    scope: { agreementId: string; asOf: string },
    where: { commitmentId: string } | { milestoneId: string },
  ): Promise<MilestoneDto[]> {
    const [column, id] = 'commitmentId' in where ? ['commitment_id', where.commitmentId] : ['id', where.milestoneId];
    const rows: Omit<MilestoneDto, 'history' | 'asOf'>[] = await this.db.query(
      `SELECT m.id, m.commitment_id AS "commitmentId", m.title, m.description, m.due_date::text AS "dueDate",
              m.position, m.version, s.level, s.pam_score AS "pamScore", s.operational_status AS "operationalStatus",
              s.overdue
       FROM milestone m JOIN milestone_status_as_of($2, $3) s ON s.milestone_id = m.id
       WHERE m.${column} = $1
       ORDER BY m.position`,
      [id, scope.agreementId, scope.asOf],
    );
    if (rows.length === 0) return [];
    const history: StatusUpdateDto[] = await this.db.query(
      `SELECT u.id, u.milestone_id AS "milestoneId", u.effective_date::text AS "effectiveDate", u.level,
              u.pam_score AS "pamScore", u.operational_status AS "operationalStatus", u.narrative,
              u.source_links AS "sourceLinks", a.display_name AS "authorName", u.recorded_at AS "recordedAt"
       FROM status_update u JOIN app_user a ON a.id = u.author_id
       WHERE u.milestone_id = ANY($1)
       ORDER BY u.effective_date DESC, u.seq DESC`,
      [rows.map((row) => row.id)],
    );
    return rows.map((row) => ({
      ...row,
      asOf: scope.asOf,
      history: history.filter((update) => update.milestoneId === row.id),
    }));
  }

  async detail(id: string): Promise<MilestoneDto> {
    const [owner] = await this.db.query(
      `SELECT a.id, a.time_zone AS "timeZone" FROM milestone m JOIN agreement a ON a.id = m.agreement_id WHERE m.id = $1`,
      [id],
    );
    if (!owner) throw ApiException.notFound('Milestone');
    const [milestone] = await this.describe(
      { agreementId: owner.id, asOf: todayIn(owner.timeZone) },
      { milestoneId: id },
    );
    return milestone;
  }

  /**
   * Claims the milestone for a write: bumps its version only if the caller read the current one, and
   * bumps its commitment's version too, because a commitment's representation (its ETag) includes its
   * milestones and their statuses. Answers 404 for an unknown milestone and 412 for a stale version;
   * nothing is written then.
   */
  async claimVersion(manager: EntityManager, id: string, expectedVersion: number): Promise<void> {
    const affected = await updateCount(
      manager,
      `WITH claimed AS (
         UPDATE milestone SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2
         RETURNING commitment_id)
       UPDATE commitment SET version = version + 1, updated_at = now() WHERE id IN (SELECT commitment_id FROM claimed)`,
      [id, expectedVersion],
    );
    if (affected === 0) {
      await this.getEntity(id, manager);
      throw staleVersion();
    }
  }

  async update(id: string, expectedVersion: number, changes: UpdateMilestoneDto): Promise<MilestoneDto> {
    requireChanges(changes);
    await this.db.transaction(async (manager) => {
      await this.claimVersion(manager, id, expectedVersion);
      await manager.getRepository(Milestone).update({ id }, changes);
    });
    return this.detail(id);
  }
}
