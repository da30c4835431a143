import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';

/** What an id in a path belongs to: its agreement, and whether it (or what it hangs on) is confidential. */
export interface ResolvedScope {
  entity: string;
  agreementId: string;
  confidential: boolean;
  /** For an update not approved yet (or its evidence): its author, who alone with reviewers may see it. */
  pendingAuthorId: string | null;
}

/**
 * Every id a path can carry, and how to find the agreement it belongs to. The guard resolves the id
 * before the handler runs, so no handler can forget the check: an id of an agreement the caller is not
 * a member of (or a confidential item they are not cleared for) answers 404, as if it did not exist.
 */
const AGREEMENT_SCOPED_PARAMS: Record<string, { entity: string; sql: string }> = {
  agreementId: {
    entity: 'Agreement',
    sql: 'SELECT id AS "agreementId", false AS confidential, NULL AS "pendingAuthorId" FROM agreement WHERE id = $1',
  },
  commitmentId: {
    entity: 'Commitment',
    sql: 'SELECT agreement_id AS "agreementId", false AS confidential, NULL AS "pendingAuthorId" FROM commitment WHERE id = $1',
  },
  milestoneId: {
    entity: 'Milestone',
    sql: 'SELECT agreement_id AS "agreementId", confidential, NULL AS "pendingAuthorId" FROM milestone WHERE id = $1',
  },
  statusUpdateId: {
    entity: 'Status update',
    sql: `SELECT u.agreement_id AS "agreementId", u.confidential OR m.confidential AS confidential,
                 CASE WHEN u.approved_at IS NULL THEN u.author_id END AS "pendingAuthorId"
          FROM status_update u JOIN milestone m ON m.id = u.milestone_id WHERE u.id = $1`,
  },
  indicatorId: {
    entity: 'Indicator',
    sql: 'SELECT agreement_id AS "agreementId", false AS confidential, NULL AS "pendingAuthorId" FROM indicator WHERE id = $1',
  },
  indicatorValueId: {
    entity: 'Indicator value',
    sql: `SELECT agreement_id AS "agreementId", confidential,
                 CASE WHEN approved_at IS NULL THEN author_id END AS "pendingAuthorId"
          FROM indicator_value WHERE id = $1`,
  },
  // A report counts confidential items when its author was cleared: it is confidential as a whole.
  reportId: {
    entity: 'Report',
    sql: 'SELECT agreement_id AS "agreementId", includes_confidential AS confidential, NULL AS "pendingAuthorId" FROM report WHERE id = $1',
  },
  // A removed schedule is not found.
  scheduleId: {
    entity: 'Report schedule',
    sql: 'SELECT agreement_id AS "agreementId", false AS confidential, NULL AS "pendingAuthorId" FROM report_schedule WHERE id = $1 AND deleted_at IS NULL',
  },
  evidenceId: {
    entity: 'Evidence',
    sql: `SELECT e.agreement_id AS "agreementId", e.confidential OR u.confidential OR m.confidential AS confidential,
                 CASE WHEN u.approved_at IS NULL THEN u.author_id END AS "pendingAuthorId"
          FROM evidence e JOIN status_update u ON u.id = e.status_update_id JOIN milestone m ON m.id = u.milestone_id
          WHERE e.id = $1`,
  },
};

/**
 * Ids that belong to no agreement: accounts and PA-X uploads, which only permissions that are not per
 * agreement guard, and background jobs, which belong to the user who asked for them (their service checks that).
 */
const UNSCOPED_PARAMS = new Set(['userId', 'jobId', 'uploadId']);

/** Path parameters that are values, not ids (a day, a kind of import): the route's own pipe checks them, after access. */
const VALUE_PARAMS = new Set(['heldOn', 'kind']);

/**
 * Resolves the agreement of the route's id parameter (a route carries at most one). A malformed id is a
 * 400, an unknown one a 404; a parameter this table does not know is a programming error.
 */
export async function resolveScope(
  manager: EntityManager,
  params: Record<string, string>,
): Promise<ResolvedScope | null> {
  const ids = Object.keys(params).filter((name) => !VALUE_PARAMS.has(name));
  const scoped = ids.filter((name) => !UNSCOPED_PARAMS.has(name));
  for (const name of ids) {
    if (!isUUID(params[name])) throw ApiException.validation({ [name]: 'isUuid' });
  }
  if (scoped.length === 0) return null;
  const unknown = scoped.filter((name) => !(name in AGREEMENT_SCOPED_PARAMS));
  if (unknown.length > 0 || scoped.length > 1) {
    throw new Error(`Route parameters ${scoped.join(', ')} have no single agreement scope (see agreement-scope.ts)`);
  }
  const { entity, sql } = AGREEMENT_SCOPED_PARAMS[scoped[0]];
  const [row]: Omit<ResolvedScope, 'entity'>[] = await manager.query(sql, [params[scoped[0]]]);
  if (!row) throw ApiException.notFound(entity);
  return { entity, ...row };
}
