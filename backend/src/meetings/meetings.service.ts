import { AuditAction, ErrorCode, FieldError, MeetingMarkDto } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { AuditService } from '../audit/audit.service';
import type { Actor, AgreementAccess } from '../auth/authenticated-user';
import { agreementDayError } from '../common/agreement-day';
import { ApiException } from '../common/api-exception';
import { CreateMeetingMarkDto } from './dto/create-meeting-mark.dto';

const MARK_COLUMNS = `held_on::text AS "heldOn", title, created_at AS "createdAt"`;

/** A mark as written: its id names it in the audit trail only. */
type StoredMark = MeetingMarkDto & { id: string; agreementId: string };
const STORED_COLUMNS = `id, agreement_id AS "agreementId", ${MARK_COLUMNS}`;

/** The monitoring meetings a user marks on an agreement: each user reads and changes their own only. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agreements: AgreementsService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's marks on the agreement, newest first. */
  list(scope: AgreementAccess, userId: string): Promise<MeetingMarkDto[]> {
    return this.db.query(
      `SELECT ${MARK_COLUMNS} FROM meeting_mark WHERE user_id = $1 AND agreement_id = $2 ORDER BY held_on DESC`,
      [userId, scope.agreementId],
    );
  }

  /**
   * Marks a meeting on a day of the agreement's calendar, up to its today. A day marked already is a
   * conflict (409, `alreadyMarked`): the first mark stays as it was, title included.
   */
  async mark(scope: AgreementAccess, body: CreateMeetingMarkDto, actor: Actor): Promise<MeetingMarkDto> {
    const agreement = await this.agreements.getEntity(scope.agreementId);
    const dayError = agreementDayError(body.heldOn, agreement);
    if (dayError) throw ApiException.validation({ heldOn: dayError });

    return this.db.transaction(async (manager) => {
      const [inserted]: StoredMark[] = await manager.query(
        `INSERT INTO meeting_mark (user_id, agreement_id, held_on, title) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING ${STORED_COLUMNS}`,
        [actor.user.id, scope.agreementId, body.heldOn, body.title ?? null],
      );
      if (!inserted) {
        throw new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, 'A meeting is marked on this day already', {
          heldOn: FieldError.AlreadyMarked,
        });
      }
      return this.record(manager, actor, AuditAction.MeetingMarked, inserted);
    });
  }

  /** Removes the caller's mark of that day; 404 when they have none. */
  async unmark(scope: AgreementAccess, heldOn: string, actor: Actor): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [[removed]]: [StoredMark[], number] = await manager.query(
        `DELETE FROM meeting_mark WHERE user_id = $1 AND agreement_id = $2 AND held_on = $3
         RETURNING ${STORED_COLUMNS}`,
        [actor.user.id, scope.agreementId, heldOn],
      );
      if (!removed) throw ApiException.notFound('Meeting mark');
      await this.record(manager, actor, AuditAction.MeetingUnmarked, removed);
    });
  }

  /** Appends the audit record of a mark made (`after`) or removed (`before`), named by its id; answers the mark. */
  private async record(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction.MeetingMarked | AuditAction.MeetingUnmarked,
    { id, agreementId, ...mark }: StoredMark,
  ): Promise<MeetingMarkDto> {
    await this.audit.append(manager, actor, {
      action,
      entityType: 'meeting_mark',
      entityId: id,
      agreementId,
      ...(action === AuditAction.MeetingMarked ? { after: mark } : { before: mark }),
    });
    return mark;
  }
}
