import { JobErrorCode, Permission } from '@accord/shared';
import type { Writable } from 'node:stream';
import type { ReadScope } from '../auth/authenticated.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** A job as its handler receives it: what was asked, by whom, on which agreement. */
export interface QueuedJob<P> {
  id: string;
  kind: string;
  agreementId: string | null;
  requestedBy: string;
  params: P;
}

/** The result file of a job: its name as the user downloads it, and its media type. */
export interface JobFile {
  name: string;
  mediaType: string;
}

export interface JobContext {
  /** The requester as they are now (memberships read when the job starts, not when it was asked for). */
  requester: AuthenticatedUser;
  /** What the requester may read of the job's agreement; null for a job on no agreement. */
  scope: ReadScope | null;
  /** Aborted when the server stops or the result cannot be stored: stop reading and writing, and throw. */
  signal: AbortSignal;
  /** Reports how far the job is; `total` once known (it stays as given when omitted). */
  progress(done: number, total?: number): Promise<void>;
  /**
   * Opens the job's result file (once): write it and end the stream; it is stored while it is written.
   * Honour backpressure (`write()` answering false: wait for 'drain'), or memory grows with the file.
   */
  output(file: JobFile): Writable;
}

export type JobHandler<P> = (job: QueuedJob<P>, context: JobContext) => Promise<void>;

export interface JobDefinition<P> {
  /**
   * What the requester must hold, on the job's agreement when it has one, when the job starts: a job
   * whose requester lost it fails (`access_revoked`), and so does a download of its file.
   */
  permission: Permission;
  run: JobHandler<P>;
  /**
   * The longest a job of this kind may run, in milliseconds (JOB_MAX_MINUTES when omitted): past it its
   * signal aborts and it is marked failed (`timed_out`), whether or not the handler stops.
   */
  maxRunMs?: number;
}

/**
 * A failure the user can act on: its code (a JobErrorCode or one of the kind's own, translated by the UI)
 * and its message are shown as they are. Any other error is reported as `internal`, with the job's id.
 */
export class JobFailure extends Error {
  constructor(
    readonly code: JobErrorCode | string,
    message: string,
  ) {
    super(message);
    this.name = 'JobFailure';
  }
}
