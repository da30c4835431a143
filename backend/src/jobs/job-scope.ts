import { hasPermission, Permission, seesConfidential } from '@accord/shared';
import { ReadScope, readScopeOf } from '../auth/authenticated.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** What a job could read of its agreement when it ran, as its row keeps it: what its file may hold. */
export interface JobScope {
  seesConfidential: boolean;
  seesAllSubmissions: boolean;
}

/** What `user` may read of `agreementId` now, as the guard gives it to a request. */
export const readScopeNow = (user: AuthenticatedUser, agreementId: string): ReadScope =>
  readScopeOf(user, { agreementId, seesConfidential: seesConfidential(user, agreementId) });

/** A job as far as who may still see it goes. */
export interface ScopedJob {
  agreementId: string | null;
  /** Null until the job started (and read anything). */
  scope: JobScope | null;
}

/**
 * Whether `user` may see what `job` holds: they hold `permission` (on its agreement) now, and read now at
 * least what the job read when it ran (confidential items, others' pending updates). A member who lost a
 * clearance or a role since does not get what was made with it.
 */
export function coversJob(user: AuthenticatedUser, permission: Permission, job: ScopedJob): boolean {
  if (!hasPermission(user, permission, job.agreementId ?? undefined)) return false;
  if (!job.scope || !job.agreementId) return true;
  const now = readScopeNow(user, job.agreementId);
  return (
    (now.seesConfidential || !job.scope.seesConfidential) && (now.seesAllSubmissions || !job.scope.seesAllSubmissions)
  );
}
