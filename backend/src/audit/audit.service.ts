import { AuditAction, AuditPageDto, AuditRecordDto, AuditVerificationDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/authenticated-user';
import { verifyAuditChain } from './audit-chain';
import { AUDIT_RECORD_COLUMNS, auditRecordConditions } from './audit-records.sql';
import { AuditQueryDto } from './dto/audit-query.dto';

export interface AuditEvent {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  agreementId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acted: a signed-in user, or only a label (the e-mail tried in a failed login). */
export interface AuditActor extends RequestContext {
  user?: { id: string; email: string } | null;
  label?: string;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends a record in the caller's transaction, so that it exists if and only if the change does.
   * Call it last in the transaction: it takes the chain's lock, held until commit.
   */
  async append(manager: EntityManager, actor: AuditActor, event: AuditEvent): Promise<void> {
    await manager.query('SELECT append_audit_record($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
      actor.user?.id ?? null,
      actor.user?.email ?? actor.label ?? null,
      event.action,
      event.entityType ?? null,
      event.entityId ?? null,
      event.agreementId ?? null,
      json(event.before),
      json(event.after),
      actor.requestId || null,
      actor.clientIp || null,
    ]);
  }

  async list(query: AuditQueryDto): Promise<AuditPageDto> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const conditions = auditRecordConditions(query, bind);
    if (query.beforeSeq !== undefined) conditions.push(`seq < ${bind(query.beforeSeq)}`);
    const rows: AuditRecordDto[] = await this.db.query(
      `SELECT ${AUDIT_RECORD_COLUMNS}
       FROM audit_record ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT ${bind(query.limit + 1)}`,
      params,
    );
    const items = rows.slice(0, query.limit);
    return { items, nextBeforeSeq: rows.length > query.limit ? items[items.length - 1].seq : null };
  }

  async verify(): Promise<AuditVerificationDto> {
    return verifyAuditChain(this.db);
  }
}
