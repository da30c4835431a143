import {
  AuditAction,
  FieldError,
  FieldErrorCode,
  MilestoneDto,
  Page,
  ReviewState,
  StatusUpdateListItemDto,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { Actor, AgreementAccess } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { fetchPage, TOTAL_COLUMN } from '../common/paging';
import { decideOnce } from '../common/review-decision';
import { reviewListParameters, VISIBILITY_PLACEHOLDERS } from '../common/reviewed-rows.sql';
import { skipsReviewColumn, submissionErrors } from '../common/submission';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { MilestonesService } from '../milestones/milestones.service';
import { CreateStatusUpdateDto } from './dto/create-status-update.dto';
import { StatusUpdateQueryDto } from './dto/status-update-query.dto';
import { StatusUpdate } from './entities/status-update.entity';
import { STATUS_UPDATE_LIST_JOINS, statusUpdateListConditions, statusUpdateSelect } from './status-update.sql';

/** What the rules need to know about the milestone, its agreement, the level sent and the author. */
export interface SubmissionContext {
  signedOn: string;
  scaleId: string;
  /** The PAM score of the level sent, on the agreement's scale; null when there is no such level. */
  levelPamScore: number | null;
  /** The author's updates count without review (trusted member of an agreement that allows it). */
  skipsReview: boolean;
  /** The update being resubmitted, if any: returned, same milestone, same author, not resubmitted yet. */
  resubmittable: boolean | null;
}

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  /**
   * Submits a status update for review (or counts it at once for a trusted monitor of an agreement that
   * allows it). The milestone's version is the lock: a stale `If-Match` gets 412 and nothing is stored.
   */
  submit(
    milestoneId: string,
    expectedVersion: number,
    input: CreateStatusUpdateDto,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.transactions.run(idempotency, async (manager) => {
      const [context]: SubmissionContext[] = await manager.query(
        `SELECT a.signed_on::text AS "signedOn", a.scale_id AS "scaleId", l.pam_score AS "levelPamScore",
                ${skipsReviewColumn('$3')},
                CASE WHEN $4::uuid IS NULL THEN NULL ELSE EXISTS (
                  SELECT 1 FROM status_update r WHERE r.id = $4 AND r.milestone_id = $1 AND r.author_id = $3
                    AND r.returned_at IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM status_update n WHERE n.resubmission_of = r.id)) END AS resubmittable
         FROM milestone m JOIN agreement a ON a.id = m.agreement_id
         LEFT JOIN assessment_level l ON l.scale_id = a.scale_id AND l.value = $2
         WHERE m.id = $1`,
        [milestoneId, input.level ?? null, actor.user.id, input.resubmissionOf ?? null],
      );
      if (!context) throw ApiException.notFound('Milestone');
      checkRules(input, context, scope);
      await this.milestones.claimVersion(manager, milestoneId, expectedVersion);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(StatusUpdate)
        .values({
          agreementId: scope.agreementId,
          milestoneId,
          effectiveDate: input.effectiveDate,
          scaleId: context.scaleId,
          level: input.level ?? null,
          pamScore: input.level === undefined ? null : context.levelPamScore,
          operationalStatus: input.operationalStatus ?? null,
          narrative: input.narrative,
          sourceLinks: input.sourceLinks ?? [],
          confidential: input.confidential ?? false,
          resubmissionOf: input.resubmissionOf ?? null,
          authorId: actor.user.id,
          approvedAt: context.skipsReview ? () => 'now()' : null,
        })
        .returning(['id'])
        .execute();
      const id: string = inserted.raw[0].id;
      await this.audit.append(manager, actor, {
        action: context.skipsReview ? AuditAction.StatusUpdateApproved : AuditAction.StatusUpdateSubmitted,
        entityType: 'status_update',
        entityId: id,
        agreementId: scope.agreementId,
        after: { milestoneId, ...input, countedWithoutReview: context.skipsReview },
      });
      return this.milestones.detail(milestoneId, scope, manager);
    });
  }

  /** Approves a submitted update: from now on it counts in every figure. */
  approve(
    statusUpdateId: string,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.decide(statusUpdateId, actor, scope, idempotency, null);
  }

  /** Returns a submitted update to its author with a reason; it never counts. */
  return(
    statusUpdateId: string,
    reason: string,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
  ): Promise<MilestoneDto> {
    return this.decide(statusUpdateId, actor, scope, idempotency, reason);
  }

  /** The one-time review decision (see decideOnce), then the milestone's new figures. */
  private decide(
    statusUpdateId: string,
    actor: Actor,
    scope: ReadScope,
    idempotency: IdempotentRequest,
    returnReason: string | null,
  ): Promise<MilestoneDto> {
    return this.transactions.run(idempotency, async (manager) => {
      await decideOnce(manager, 'status_update', statusUpdateId, actor.user.id, returnReason);
      const [update]: { milestoneId: string }[] = await manager.query(
        'SELECT milestone_id AS "milestoneId" FROM status_update WHERE id = $1',
        [statusUpdateId],
      );
      // The milestone's figures (approval) or history (return) changed: its representation gets a new version.
      await this.milestones.claimVersion(manager, update.milestoneId, null);
      await this.audit.append(manager, actor, {
        action: returnReason === null ? AuditAction.StatusUpdateApproved : AuditAction.StatusUpdateReturned,
        entityType: 'status_update',
        entityId: statusUpdateId,
        agreementId: scope.agreementId,
        before: { reviewState: ReviewState.Submitted },
        after:
          returnReason === null
            ? { reviewState: ReviewState.Approved }
            : { reviewState: ReviewState.Returned, returnReason },
      });
      return this.milestones.detail(update.milestoneId, scope, manager);
    });
  }

  /**
   * The agreement's updates the caller may see, newest first: the review queue for reviewers (state
   * submitted), a monitor's own pending and returned updates (`mine`), or any filtered list.
   */
  async list(scope: ReadScope, query: StatusUpdateQueryDto): Promise<Page<StatusUpdateListItemDto>> {
    const parameters = reviewListParameters(scope);
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const where = `WHERE ${statusUpdateListConditions(query, bind).join(' AND ')}`;
    return fetchPage(
      this.db.manager,
      {
        select: `${statusUpdateSelect(VISIBILITY_PLACEHOLDERS, {
          columns: `c.id AS "commitmentId", c.reference AS "commitmentReference", c.title AS "commitmentTitle",
                    m.title AS "milestoneTitle", c.pillar_id AS "pillarId", ${TOTAL_COLUMN},`,
          joins: STATUS_UPDATE_LIST_JOINS,
        })}
         ${where}
         ORDER BY u.seq DESC`,
        count: `SELECT count(*)::int AS total FROM status_update u ${STATUS_UPDATE_LIST_JOINS} ${where}`,
      },
      parameters,
      query,
    );
  }
}

/** The rules an update must follow beyond its own fields; every failure is named at once. */
function checkRules(input: CreateStatusUpdateDto, context: SubmissionContext, scope: ReadScope): void {
  const errors = statusUpdateRuleErrors(input, context, scope);
  if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
}

/**
 * Those rules as field codes (empty when the update follows them), for the API and for the bulk import:
 * its date and confidential mark, a level or a status, a level on the agreement's scale, a resubmission
 * of what may be resubmitted.
 */
export function statusUpdateRuleErrors(
  input: Pick<CreateStatusUpdateDto, 'effectiveDate' | 'level' | 'operationalStatus' | 'confidential'>,
  context: Pick<SubmissionContext, 'signedOn' | 'levelPamScore' | 'resubmittable'>,
  scope: AgreementAccess,
): Record<string, FieldErrorCode> {
  const errors = submissionErrors(
    { date: input.effectiveDate, dateField: 'effectiveDate', confidential: input.confidential },
    context.signedOn,
    scope,
  );
  if (input.level === undefined && input.operationalStatus === undefined) {
    errors['level'] = FieldError.ScoreOrStatusRequired;
  } else if (input.level !== undefined && context.levelPamScore === null) {
    errors['level'] = FieldError.LevelNotOnScale;
  }
  if (context.resubmittable === false) errors['resubmissionOf'] = FieldError.NotResubmittable;
  return errors;
}
