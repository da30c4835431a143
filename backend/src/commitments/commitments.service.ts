import { AuditAction, CommitmentDetailDto, CommitmentListItemDto, Page, todayIn } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { fetchPage, TOTAL_COLUMN } from '../common/paging';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import { MilestonesService } from '../milestones/milestones.service';
import {
  COMMITMENT_LIST_COLUMNS,
  COMMITMENT_ORDER_BY,
  commitmentListSource,
  PARTIES_OF_COMMITMENT,
} from './commitment-list.sql';
import { CommitmentQueryDto } from './dto/commitment-query.dto';
import { UpdateCommitmentDto } from './dto/update-commitment.dto';

@Injectable()
export class CommitmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
  ) {}

  /** One page of the commitments matching `query`, with their status as of `asOf` (today by default). */
  async list(scope: ReadScope, query: CommitmentQueryDto, asOf?: string): Promise<Page<CommitmentListItemDto>> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const parameters: unknown[] = [scope.agreementId, asOf ?? todayIn(agreement.timeZone), scope.seesConfidential];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const source = commitmentListSource(query, bind);
    const from = `FROM ${source.from} WHERE ${source.where}`;
    return fetchPage(
      this.db.manager,
      {
        select: `SELECT ${COMMITMENT_LIST_COLUMNS}, ${TOTAL_COLUMN} ${from} ORDER BY ${COMMITMENT_ORDER_BY[query.sort]}`,
        count: `SELECT count(*)::int AS total ${from}`,
      },
      parameters,
      query,
    );
  }

  async detail(
    id: string,
    readScope: ReadScope,
    manager: EntityManager = this.db.manager,
  ): Promise<CommitmentDetailDto> {
    const [agreement] = await manager.query(`SELECT time_zone AS "timeZone" FROM agreement WHERE id = $1`, [
      readScope.agreementId,
    ]);
    const scope = { ...readScope, asOf: todayIn(agreement.timeZone) };
    const [row] = await manager.query(
      `SELECT c.id, c.agreement_id AS "agreementId", c.reference, c.title, c.text, c.deadline::text AS deadline,
              c.deadline_note AS "deadlineNote", c.version, s.pam_level AS "pamLevel",
              s.operational_status AS "operationalStatus", s.overdue,
              json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'theme', p.theme, 'position', p.position) AS pillar,
              CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'parentId', t.parent_id, 'kind', t.kind,
                'number', t.number, 'heading', t.heading, 'body', t.body, 'position', t.position) END AS section,
              ${PARTIES_OF_COMMITMENT} AS parties
       FROM commitment c
       JOIN commitment_status_as_of($2, $3, $4) s ON s.commitment_id = c.id
       JOIN pillar p ON p.id = c.pillar_id
       LEFT JOIN text_section t ON t.id = c.section_id
       WHERE c.id = $1`,
      [id, scope.agreementId, scope.asOf, scope.seesConfidential],
    );
    if (!row) throw ApiException.notFound('Commitment');
    return {
      ...row,
      asOf: scope.asOf,
      milestones: await this.milestones.describe(scope, { commitmentId: id }, manager),
    };
  }

  async update(
    id: string,
    expectedVersion: number,
    changes: UpdateCommitmentDto,
    actor: Actor,
    scope: ReadScope,
  ): Promise<CommitmentDetailDto> {
    requireChanges(changes);
    const assignments: string[] = [];
    const parameters: unknown[] = [id, expectedVersion];
    for (const [column, value] of [
      ['title', changes.title],
      ['text', changes.text],
      ['deadline', changes.deadline],
      ['deadline_note', changes.deadlineNote],
    ] as const) {
      if (value !== undefined) assignments.push(`${column} = $${parameters.push(value)}`);
    }
    return this.db.transaction(async (manager) => {
      const [before] = await manager.query(
        'SELECT title, text, deadline::text AS deadline, deadline_note AS "deadlineNote", version FROM commitment WHERE id = $1',
        [id],
      );
      if (!before) throw ApiException.notFound('Commitment');
      const affected = await updateCount(
        manager,
        `UPDATE commitment SET ${assignments.join(', ')}, version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2`,
        parameters,
      );
      if (affected === 0) throw staleVersion();
      const detail = await this.detail(id, scope, manager);
      const { title, text, deadline, deadlineNote, version } = detail;
      await this.audit.append(manager, actor, {
        action: AuditAction.CommitmentUpdated,
        entityType: 'commitment',
        entityId: id,
        agreementId: scope.agreementId,
        before,
        after: { title, text, deadline, deadlineNote, version },
      });
      return detail;
    });
  }
}
