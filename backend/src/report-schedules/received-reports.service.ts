import { AuditAction, hasPermission, Page, Permission, ReceivedReportDto, seesConfidential } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, AuthenticatedUser } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { fetchPage, TOTAL_COLUMN } from '../common/paging';
import { REPORT_COLUMNS, REPORT_FROM } from '../reports/reports.service';
import { ReceivedReportQueryDto } from './dto/report-schedule.dto';

const RECEIVED_COLUMNS = `${REPORT_COLUMNS}, a.title AS "agreementTitle", d.delivered_at AS "deliveredAt",
  d.read_at AS "readAt"`;
const RECEIVED_FROM = `${REPORT_FROM} JOIN report_delivery d ON d.report_id = r.id JOIN agreement a ON a.id = r.agreement_id`;
/**
 * The reports delivered to $1 that they may still read ($2: of one agreement, or null), as the guard
 * decides: every agreement for an administrator ($3), else those they are a member of ($4), confidential
 * reports only where they are cleared ($5).
 */
const RECEIVED = `d.user_id = $1 AND ($2::uuid IS NULL OR r.agreement_id = $2)
  AND ($3 OR r.agreement_id = ANY($4::uuid[])) AND (NOT r.includes_confidential OR $3 OR r.agreement_id = ANY($5::uuid[]))`;

/** The reports schedules sent to the signed-in user: their list, newest first, and marking one read. */
@Injectable()
export class ReceivedReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(user: AuthenticatedUser, query: ReceivedReportQueryDto): Promise<Page<ReceivedReportDto>> {
    return fetchPage(
      this.db.manager,
      {
        select: `SELECT ${RECEIVED_COLUMNS}, ${TOTAL_COLUMN} ${RECEIVED_FROM} WHERE ${RECEIVED}
                 ORDER BY d.delivered_at DESC, r.id`,
        count: `SELECT count(*)::int AS total ${RECEIVED_FROM} WHERE ${RECEIVED}`,
      },
      visibility(user, query.agreementId ?? null),
      query,
    );
  }

  /**
   * Notes that the user opened a report sent to them (the first time only; audited). The guard has checked
   * that they see the report; 404 when it was not sent to them.
   */
  markRead(reportId: string, actor: Actor): Promise<ReceivedReportDto> {
    return this.db.transaction(async (manager) => {
      const [[read]]: [{ agreementId: string }[], number] = await manager.query(
        `UPDATE report_delivery d SET read_at = now() FROM report r
         WHERE d.report_id = $1 AND d.user_id = $2 AND d.read_at IS NULL AND r.id = d.report_id
         RETURNING r.agreement_id AS "agreementId"`,
        [reportId, actor.user.id],
      );
      if (read) {
        await this.audit.append(manager, actor, {
          action: AuditAction.ReportRead,
          entityType: 'report',
          entityId: reportId,
          agreementId: read.agreementId,
        });
      }
      const [received]: ReceivedReportDto[] = await manager.query(
        `SELECT ${RECEIVED_COLUMNS} ${RECEIVED_FROM} WHERE ${RECEIVED} AND r.id = $6`,
        [...visibility(actor.user, null), reportId],
      );
      if (!received) throw ApiException.notFound('Report sent to you');
      return received;
    });
  }
}

/** The parameters of RECEIVED for `user`, from the permission map (as the guard reads it). */
function visibility(user: AuthenticatedUser, agreementId: string | null): unknown[] {
  const agreements = user.memberships.map((membership) => membership.agreementId);
  return [
    user.id,
    agreementId,
    user.isAdmin,
    agreements.filter((id) => hasPermission(user, Permission.ReadAgreement, id)),
    agreements.filter((id) => seesConfidential(user, id)),
  ];
}
