import { MilestoneDto, StatusUpdateDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { todayIso } from '../common/dates';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { Milestone } from './entities/milestone.entity';

type MilestoneRow = Omit<MilestoneDto, 'history' | 'pamScore'> & { pamScore: string | null };

@Injectable()
export class MilestonesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async getEntity(id: string, manager: EntityManager = this.db.manager): Promise<Milestone> {
    const milestone = await manager.getRepository(Milestone).findOneBy({ id });
    if (!milestone) throw ApiException.notFound('Milestone');
    return milestone;
  }

  /** Milestones with their current status and full history, for one commitment or one milestone. */
  async describe(where: { commitmentId: string } | { milestoneId: string }): Promise<MilestoneDto[]> {
    const [column, id] = 'commitmentId' in where ? ['commitment_id', where.commitmentId] : ['id', where.milestoneId];
    const rows: MilestoneRow[] = await this.db.query(
      `SELECT m.id, m.commitment_id AS "commitmentId", m.title, m.description, m.due_date::text AS "dueDate",
              m.position, m.version, s.level, s.pam_score AS "pamScore", s.operational_status AS "operationalStatus",
              coalesce(s.overdue, false) AS overdue
       FROM milestone m
       JOIN milestone_status_as_of((SELECT agreement_id FROM milestone WHERE ${column} = $1 LIMIT 1), $2) s
         ON s.milestone_id = m.id
       WHERE m.${column} = $1
       ORDER BY m.position`,
      [id, todayIso()],
    );
    if (rows.length === 0) return [];
    const history: (StatusUpdateDto & { pamScore: string | number | null })[] = await this.db.query(
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
      pamScore: row.pamScore === null ? null : Number(row.pamScore),
      history: history
        .filter((update) => update.milestoneId === row.id)
        .map((update) => ({ ...update, pamScore: update.pamScore === null ? null : Number(update.pamScore) })),
    }));
  }

  async detail(id: string): Promise<MilestoneDto> {
    const [milestone] = await this.describe({ milestoneId: id });
    if (!milestone) throw ApiException.notFound('Milestone');
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
