import { AuditAction, AuditPageDto, AuditRecordDto, AuditVerificationDto } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/authenticated-user';
import { verifyAuditChain } from './audit-chain';
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
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (query.beforeSeq !== undefined) where('seq < ?', query.beforeSeq);
    if (query.agreementId) where('agreement_id = ?', query.agreementId);
    if (query.actorId) where('actor_id = ?', query.actorId);
    if (query.entityId) where('entity_id = ?', query.entityId);
    if (query.action) where('action = ?', query.action);
    if (query.from) where('recorded_at >= ?::date', query.from);
    if (query.to) where(`recorded_at < ?::date + 1`, query.to);
    params.push(query.limit + 1);
    const rows: AuditRecordDto[] = await this.db.query(
      `SELECT seq::int, recorded_at AS "recordedAt", actor_id AS "actorId", actor_label AS "actorLabel", action,
              entity_type AS "entityType", entity_id AS "entityId", agreement_id AS "agreementId", before, after,
              request_id AS "requestId", client_ip AS "clientIp", encode(previous_hash, 'hex') AS "previousHash",
              encode(hash, 'hex') AS hash
       FROM audit_record ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, query.limit);
    return { items, nextBeforeSeq: rows.length > query.limit ? items[items.length - 1].seq : null };
  }

  async verify(): Promise<AuditVerificationDto> {
    return verifyAuditChain(this.db);
  }
}
