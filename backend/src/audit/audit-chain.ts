import { AuditProblem, AuditVerificationDto } from '@accord/shared';

/** Anything that runs SQL: a TypeORM manager or a pg client (the `audit:verify` command). */
interface Queryable {
  query(sql: string): Promise<unknown>;
}

/**
 * Runs the database's walk of the audit chain (`verify_audit_chain()`), for the admin endpoint and for
 * `npm run audit:verify`.
 */
export async function verifyAuditChain(db: Queryable): Promise<AuditVerificationDto> {
  const result = await db.query(
    `SELECT checked::int, last_seq::int AS "lastSeq", last_hash AS "lastHash", broken_seq::int AS "brokenSeq", problem
     FROM verify_audit_chain()`,
  );
  // TypeORM answers rows, pg a result with rows.
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as (Omit<
    AuditVerificationDto,
    'valid' | 'problem'
  > & { problem: string | null })[];
  return { ...row, valid: row.brokenSeq === null, problem: (row.problem as AuditProblem | null) ?? null };
}
