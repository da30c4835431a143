import type { AuditQueryDto } from './dto/audit-query.dto';

/** The columns of `AuditRecordDto`. */
export const AUDIT_RECORD_COLUMNS = `seq::int, recorded_at AS "recordedAt", actor_id AS "actorId",
  actor_label AS "actorLabel", action, entity_type AS "entityType", entity_id AS "entityId",
  agreement_id AS "agreementId", before, after, request_id AS "requestId", client_ip AS "clientIp",
  encode(previous_hash, 'hex') AS "previousHash", encode(hash, 'hex') AS hash`;

/**
 * The conditions on `audit_record` of the trail's filters (shared by its pages and its export); the days
 * are UTC days, both inclusive. `bind` adds a parameter and answers its placeholder.
 */
export function auditRecordConditions(
  query: Pick<AuditQueryDto, 'agreementId' | 'actorId' | 'entityId' | 'action' | 'from' | 'to'>,
  bind: (value: unknown) => string,
): string[] {
  const conditions: string[] = [];
  if (query.agreementId) conditions.push(`agreement_id = ${bind(query.agreementId)}`);
  if (query.actorId) conditions.push(`actor_id = ${bind(query.actorId)}`);
  if (query.entityId) conditions.push(`entity_id = ${bind(query.entityId)}`);
  if (query.action) conditions.push(`action = ${bind(query.action)}`);
  if (query.from) conditions.push(`recorded_at >= ${bind(query.from)}::date`);
  if (query.to) conditions.push(`recorded_at < ${bind(query.to)}::date + 1`);
  return conditions;
}
