import { FieldError, FieldErrorCode, MilestoneDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { latestTodayIso } from '../common/dates';
import { MilestonesService } from '../milestones/milestones.service';
import { CreateStatusUpdateDto } from './dto/create-status-update.dto';
import { StatusUpdate } from './entities/status-update.entity';

/** What the rules need to know about the milestone, its agreement and the level sent. */
interface MilestoneContext {
  agreementId: string;
  signedOn: string;
  scaleId: string;
  /** The PAM score of the level sent, on the agreement's scale; null when there is no such level. */
  levelPamScore: number | null;
}

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly milestones: MilestonesService,
  ) {}

  /**
   * Appends a status update to a milestone. The milestone's version is the lock: a stale `If-Match`
   * gets 412 and nothing is stored. Until the review workflow exists, updates count at once
   * (`approved_at` = recording time).
   */
  async record(
    milestoneId: string,
    expectedVersion: number,
    input: CreateStatusUpdateDto,
    author: AuthenticatedUser,
  ): Promise<MilestoneDto> {
    await this.db.transaction(async (manager) => {
      const [context]: MilestoneContext[] = await manager.query(
        `SELECT m.agreement_id AS "agreementId", a.signed_on::text AS "signedOn", a.scale_id AS "scaleId",
                l.pam_score AS "levelPamScore"
         FROM milestone m JOIN agreement a ON a.id = m.agreement_id
         LEFT JOIN assessment_level l ON l.scale_id = a.scale_id AND l.value = $2
         WHERE m.id = $1`,
        [milestoneId, input.level ?? null],
      );
      if (!context) throw ApiException.notFound('Milestone');
      checkRules(input, context);
      await this.milestones.claimVersion(manager, milestoneId, expectedVersion);
      await manager
        .createQueryBuilder()
        .insert()
        .into(StatusUpdate)
        .values({
          agreementId: context.agreementId,
          milestoneId,
          effectiveDate: input.effectiveDate,
          scaleId: context.scaleId,
          level: input.level ?? null,
          pamScore: input.level === undefined ? null : context.levelPamScore,
          operationalStatus: input.operationalStatus ?? null,
          narrative: input.narrative,
          sourceLinks: input.sourceLinks ?? [],
          authorId: author.id,
          approvedAt: () => 'now()',
        })
        .execute();
    });
    return this.milestones.detail(milestoneId);
  }
}

/** The rules an update must follow beyond its own fields; every failure is named at once. */
function checkRules(input: CreateStatusUpdateDto, context: MilestoneContext): void {
  const errors: Record<string, FieldErrorCode> = {};
  if (input.level === undefined && input.operationalStatus === undefined) {
    errors['level'] = FieldError.ScoreOrStatusRequired;
  } else if (input.level !== undefined && context.levelPamScore === null) {
    errors['level'] = FieldError.LevelNotOnScale;
  }
  if (input.effectiveDate > latestTodayIso()) errors['effectiveDate'] = FieldError.DateInFuture;
  else if (input.effectiveDate < context.signedOn) errors['effectiveDate'] = FieldError.DateBeforeAgreement;
  if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
}
