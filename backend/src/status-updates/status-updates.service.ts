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

interface MilestoneContext {
  agreementId: string;
  signedOn: string;
  scaleId: string;
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
        `SELECT m.agreement_id AS "agreementId", a.signed_on::text AS "signedOn", a.scale_id AS "scaleId"
         FROM milestone m JOIN agreement a ON a.id = m.agreement_id WHERE m.id = $1`,
        [milestoneId],
      );
      if (!context) throw ApiException.notFound('Milestone');
      const pamScore = await this.checkRules(input, context);
      await this.milestones.claimVersion(manager, milestoneId, expectedVersion);
      await manager
        .createQueryBuilder()
        .insert()
        .into(StatusUpdate)
        .values({
          agreementId: context.agreementId,
          milestoneId,
          effectiveDate: input.effectiveDate,
          level: input.level ?? null,
          pamScore,
          operationalStatus: input.operationalStatus ?? null,
          narrative: input.narrative,
          sourceLinks: input.sourceLinks?.map(({ url, title }) => (title ? { url, title } : { url })) ?? [],
          authorId: author.id,
          approvedAt: () => 'now()',
        })
        .execute();
    });
    return this.milestones.detail(milestoneId);
  }

  /** The rules that need the database; returns the PAM score of the given level. */
  private async checkRules(input: CreateStatusUpdateDto, context: MilestoneContext): Promise<string | null> {
    const errors: Record<string, FieldErrorCode> = {};
    if (input.level === undefined && input.operationalStatus === undefined) {
      errors['level'] = FieldError.ScoreOrStatusRequired;
    }
    if (input.effectiveDate > latestTodayIso()) errors['effectiveDate'] = FieldError.DateInFuture;
    else if (input.effectiveDate < context.signedOn) errors['effectiveDate'] = FieldError.DateBeforeAgreement;

    let pamScore: string | null = null;
    if (input.level !== undefined) {
      const [level] = await this.db.query(
        'SELECT pam_score::text AS "pamScore" FROM assessment_level WHERE scale_id = $1 AND value = $2',
        [context.scaleId, input.level],
      );
      if (level) pamScore = level.pamScore;
      else errors['level'] = FieldError.LevelNotOnScale;
    }
    if (Object.keys(errors).length > 0) throw ApiException.validation(errors);
    return pamScore;
  }
}
