import { hasPermission, JobErrorCode } from '@accord/shared';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { loadUser } from '../auth/auth.guard';
import { AppConfig } from '../config/app-config';
import { EvidenceStore } from '../evidence/evidence-store';
import type { ReadScope } from '../auth/authenticated.decorator';
import { JobDefinition, JobFailure, JobFile, QueuedJob } from './job-handler';
import { readScopeNow } from './job-scope';

/** The store of the jobs' result files (the evidence store's kind, under `jobs`). */
export const JOB_FILES = Symbol('JOB_FILES');

/** One pg-boss queue carries every kind: its messages only name our `job` rows. */
const QUEUE = 'accord-jobs';
/** How often a server touches the jobs it runs, and after how long without a touch a job counts as abandoned. */
const HEARTBEAT_MS = 10_000;
const ABANDONED_AFTER = '1 minute';
/** How long a stopping server lets its running jobs finish before it interrupts them. */
const SHUTDOWN_GRACE_MS = 5_000;
/** How long a failed job's worker waits for its file's storing to end before it moves on (see discard). */
const DISCARD_WAIT_MS = 5_000;

const INTERRUPTED_MESSAGE = 'The server stopped while this job was running. Start it again.';
const ACCESS_REVOKED_MESSAGE = 'You no longer have the access this job needs.';
const timedOutMessage = (maxRunMs: number) => {
  const limit = maxRunMs < 60_000 ? `${maxRunMs / 1000} seconds` : `${Number((maxRunMs / 60_000).toFixed(1))} minutes`;
  return `This job ran longer than the ${limit} it may run, and was stopped. Try again; if it happens again, tell your administrator.`;
};
const internalMessage = (jobId: string) =>
  'Something went wrong on the server while running this job. Try again; if it fails again, ' +
  `give your administrator this reference: ${jobId}.`;

/** Queues of the recurring tasks are named apart from the jobs' queue and pg-boss's own. */
const RECURRING_PREFIX = 'accord-every-';

/** A task run at the times a cron expression says, on one server of all (see JobRunner.every). */
interface RecurringTask {
  cron: string;
  run: () => Promise<void>;
}

/** Rejects with the signal's reason once it aborts. */
const rejectedOnAbort = (signal: AbortSignal) =>
  new Promise<never>((_resolve, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
  );

/** A result file being written, and its storing. */
interface Output {
  key: string;
  file: JobFile;
  stream: PassThrough;
  stored: Promise<number>;
}

/**
 * Runs the jobs (see JobsService for how a kind is registered and a job submitted). pg-boss, in the
 * application's own database, hands each queued job to one server, so any number of servers share the
 * work; `JOB_WORKERS` says how many jobs this one runs at once.
 *
 * Restarts: a job still queued when the server stops runs when a server starts again (its message waits
 * in pg-boss). A running job is let finish for a few seconds, then interrupted; a job whose server died
 * stops being touched and is found at the next start or check (each minute). Both are marked **failed**
 * (`interrupted`), not retried: the job may be what brought the server down (memory), and running it
 * again unasked could do it again; the user starts it again with one click.
 *
 * Time limit: a job runs at most its kind's `maxRunMs` (JOB_MAX_MINUTES by default); then its signal
 * aborts and it is marked failed (`timed_out`) at once, even if its handler does not stop: a job stuck in
 * a call that never answers would otherwise keep its heartbeat and its worker forever.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly recurring = new Map<string, RecurringTask>();
  private boss?: PgBoss;
  private workerIds: string[] = [];
  private timers: NodeJS.Timeout[] = [];
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(JOB_FILES) private readonly files: EvidenceStore,
  ) {}

  register<P>(kind: string, definition: JobDefinition<P>): void {
    if (!/^[a-z][a-z0-9-]{0,62}$/.test(kind)) throw new Error(`Invalid job kind ${JSON.stringify(kind)}`);
    if (this.definitions.has(kind)) throw new Error(`The job kind ${kind} is registered twice`);
    this.definitions.set(kind, definition as JobDefinition<unknown>);
  }

  definitionOf(kind: string): JobDefinition<unknown> | undefined {
    return this.definitions.get(kind);
  }

  /**
   * Runs `run` at the times `cron` says (UTC, e.g. `0 * * * *`: each hour), on one server of all those
   * sharing the database: pg-boss keeps the schedule in its tables and, when it is due, queues one message
   * that one server's worker takes (at most one waiting and one running). Register before the application
   * starts (from a constructor or onModuleInit). A run that fails is logged, not retried: the next one
   * comes. Servers with `JOB_WORKERS=0` keep the clock but leave the runs to others.
   */
  every(name: string, cron: string, run: () => Promise<void>): void {
    if (this.boss) throw new Error(`The recurring task ${name} is registered after the job queue started`);
    if (!/^[a-z][a-z0-9-]{0,40}$/.test(name)) throw new Error(`Invalid recurring task ${JSON.stringify(name)}`);
    if (this.recurring.has(name)) throw new Error(`The recurring task ${name} is registered twice`);
    this.recurring.set(name, { cron, run });
  }

  async onApplicationBootstrap(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.config.get('DATABASE_URL', { infer: true }),
      schema: 'pgboss',
      max: 2,
      application_name: 'accord-jobs',
      // pg-boss's clock and schedule monitors run only for recurring tasks.
      schedule: this.recurring.size > 0,
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'The job queue reported an error'));
    await boss.start();
    // retryLimit: only a job taken by a server that was stopping goes back to the queue (see run()).
    // The expiry is pg-boss's longest: our heartbeat, not pg-boss, finds the jobs of a server that died.
    await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 10, expireInSeconds: 23 * 3600 });
    this.boss = boss;
    await this.failAbandoned();
    this.timers = [
      setInterval(() => void this.beat(), HEARTBEAT_MS).unref(),
      setInterval(() => void this.failAbandoned(), 60_000).unref(),
    ];
    const workers = this.config.get('JOB_WORKERS', { infer: true });
    for (let worker = 0; worker < workers; worker++) {
      this.workerIds.push(
        await boss.work<{ jobId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, ([message]) =>
          this.run(message.data.jobId),
        ),
      );
    }
    await this.scheduleRecurring(boss, workers > 0);
  }

  /** Keeps pg-boss's schedules to the tasks registered (dropping those of tasks no longer), and works their queues. */
  private async scheduleRecurring(boss: PgBoss, work: boolean): Promise<void> {
    const queues = new Map([...this.recurring].map(([name, task]) => [RECURRING_PREFIX + name, task]));
    for (const { name } of await boss.getSchedules()) {
      if (name.startsWith(RECURRING_PREFIX) && !queues.has(name)) await boss.unschedule(name);
    }
    for (const [queue, task] of queues) {
      await boss.createQueue(queue, { name: queue, policy: 'stately', retryLimit: 0, expireInSeconds: 3600 });
      await boss.schedule(queue, task.cron, undefined, { tz: 'UTC' });
      if (!work) continue;
      await boss.work(queue, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
        if (this.stopping) return;
        await task.run().catch((error) => this.logger.error({ err: error, task: queue }, 'A recurring task failed'));
      });
    }
  }

  /** Queues the job `jobId` (a row of `job`) in the caller's transaction: it exists once that commits. */
  async enqueue(manager: EntityManager, jobId: string): Promise<void> {
    if (!this.boss) throw new Error('The job queue is not started');
    const sent = await this.boss.send(
      QUEUE,
      { jobId },
      { db: { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) } },
    );
    if (!sent) throw new Error(`The job ${jobId} was not queued`);
  }

  /** Lets this server's idle workers look for work now rather than at their next poll. */
  wake(): void {
    for (const id of this.workerIds) this.boss?.notifyWorker(id);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.timers.forEach(clearInterval);
    if (!this.boss) return;
    await this.boss.offWork(QUEUE);
    for (const name of this.recurring.keys()) await this.boss.offWork(RECURRING_PREFIX + name);
    await this.settle(SHUTDOWN_GRACE_MS);
    for (const { controller } of this.running.values())
      controller.abort(new JobFailure(JobErrorCode.Interrupted, INTERRUPTED_MESSAGE));
    await this.settle(SHUTDOWN_GRACE_MS);
    await this.boss.stop({ graceful: true, wait: true, timeout: 1_000 });
  }

  /** Waits for the running jobs to end, at most `ms`. */
  private async settle(ms: number): Promise<void> {
    const done = Promise.allSettled([...this.running.values()].map((job) => job.done));
    await Promise.race([done, sleep(ms, undefined, { ref: false })]);
  }

  private async run(jobId: string): Promise<void> {
    // Taken as the server stops: failing the message puts it back in the queue for the next server.
    if (this.stopping) throw new Error(`The server is stopping; job ${jobId} goes back to the queue`);
    const [[job]]: [QueuedJob<unknown>[], number] = await this.db.query(
      `UPDATE job SET state = 'running', started_at = now(), heartbeat_at = now()
       WHERE id = $1 AND state = 'queued'
       RETURNING id, kind, agreement_id AS "agreementId", requested_by AS "requestedBy", params`,
      [jobId],
    );
    // Not queued: a repeated message, or a job that failed meanwhile.
    if (!job) return;
    const controller = new AbortController();
    const done = this.execute(job, controller).finally(() => this.running.delete(job.id));
    this.running.set(job.id, { controller, done });
    await done;
  }

  private async execute(job: QueuedJob<unknown>, controller: AbortController): Promise<void> {
    let output: Output | undefined;
    try {
      const definition = this.definitions.get(job.kind);
      if (!definition) throw new JobFailure(JobErrorCode.UnknownKind, 'This server cannot run this kind of job.');
      const requester = await loadUser(this.db, job.requestedBy);
      if (!requester || !hasPermission(requester, definition.permission, job.agreementId ?? undefined)) {
        throw new JobFailure(JobErrorCode.AccessRevoked, ACCESS_REVOKED_MESSAGE);
      }
      const scope = job.agreementId ? readScopeNow(requester, job.agreementId) : null;
      await this.recordScope(job.id, scope);
      const maxRunMs = definition.maxRunMs ?? this.config.get('JOB_MAX_MINUTES', { infer: true }) * 60_000;
      const timer = setTimeout(
        () => controller.abort(new JobFailure(JobErrorCode.TimedOut, timedOutMessage(maxRunMs))),
        maxRunMs,
      ).unref();
      let size: number | null;
      try {
        const running = definition.run(job, {
          requester,
          scope,
          signal: controller.signal,
          progress: (done, total) => this.progress(job.id, done, total),
          output: (file) => {
            controller.signal.throwIfAborted();
            if (output) throw new Error(`Job ${job.id} opened its output twice`);
            output = this.openOutput(job.id, file, controller);
            return output.stream;
          },
        });
        // The file's storing counts in the time too. A handler (or a storing) that does not stop when
        // aborted, stuck in a call that never answers, is left behind: the job fails, the worker moves on.
        size = await Promise.race([running.then(() => this.stored(output)), rejectedOnAbort(controller.signal)]);
      } finally {
        clearTimeout(timer);
      }
      await this.succeed(job.id, output, size);
    } catch (error) {
      await this.fail(job.id, this.failureOf(job.id, error, controller), output);
    }
  }

  /** Keeps on the job's row what its requester could read when it started: what its file may hold. */
  private async recordScope(jobId: string, scope: ReadScope | null): Promise<void> {
    await this.db.query('UPDATE job SET scope_confidential = $2, scope_all_submissions = $3 WHERE id = $1', [
      jobId,
      scope?.seesConfidential ?? false,
      scope?.seesAllSubmissions ?? false,
    ]);
  }

  /** Stores the stream under a key of the job; a storing that fails aborts the job and ends its writing. */
  private openOutput(jobId: string, file: JobFile, controller: AbortController): Output {
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(file.name)?.[0] ?? '';
    const key = `${jobId}${extension}`;
    const stream = new PassThrough();
    const stored = this.files.putStream(key, stream, file.mediaType);
    stored.catch((error: Error) => {
      controller.abort(error);
      stream.destroy(error);
    });
    return { key, file, stream, stored };
  }

  private async progress(jobId: string, done: number, total?: number): Promise<void> {
    await this.db.query(
      `UPDATE job SET progress_done = $2, progress_total = coalesce($3, progress_total), heartbeat_at = now()
       WHERE id = $1 AND state = 'running'`,
      [jobId, done, total ?? null],
    );
  }

  /** Ends the job's file (if its handler left it open) and answers its size once stored; null without a file. */
  private async stored(output: Output | undefined): Promise<number | null> {
    if (!output) return null;
    if (!output.stream.writableEnded) output.stream.end();
    return output.stored;
  }

  private async succeed(jobId: string, output: Output | undefined, size: number | null): Promise<void> {
    const [, updated]: [unknown[], number] = await this.db.query(
      `UPDATE job SET state = 'succeeded', finished_at = now(), result_key = $2, result_file_name = $3,
                      result_media_type = $4, result_size_bytes = $5
       WHERE id = $1 AND state = 'running'`,
      [jobId, output?.key ?? null, output?.file.name ?? null, output?.file.mediaType ?? null, size],
    );
    // Marked failed meanwhile (taken for abandoned): its file is nobody's.
    if (updated === 0 && output) await this.files.remove(output.key);
  }

  private async fail(jobId: string, failure: JobFailure, output: Output | undefined): Promise<void> {
    await this.db
      .query(
        `UPDATE job SET state = 'failed', finished_at = now(), error_code = $2, error_message = $3
         WHERE id = $1 AND state = 'running'`,
        [jobId, failure.code, failure.message],
      )
      .catch((error) => this.logger.error({ err: error, jobId }, 'A failed job could not be marked failed'));
    if (output) await this.discard(jobId, output);
  }

  /**
   * Stops storing a failed job's file and removes what was stored, once the storing has ended. A storing
   * that hangs (an object store that stopped answering) holds the worker a few seconds at most; its file
   * is removed whenever it ends.
   */
  private async discard(jobId: string, output: Output): Promise<void> {
    output.stream.destroy();
    const removed = output.stored
      .catch(() => undefined)
      .then(() => this.files.remove(output.key))
      .catch((error) => this.logger.warn({ err: error, jobId }, 'The file of a failed job could not be removed'));
    await Promise.race([removed, sleep(DISCARD_WAIT_MS, undefined, { ref: false })]);
  }

  /** What the user reads of an error: a JobFailure as it is, an interruption, or an internal error (logged). */
  private failureOf(jobId: string, error: unknown, controller: AbortController): JobFailure {
    if (error instanceof JobFailure) return error;
    const reason: unknown = controller.signal.reason;
    if (reason instanceof JobFailure) return reason;
    this.logger.error({ err: reason ?? error, jobId }, 'A job failed');
    return new JobFailure(JobErrorCode.Internal, internalMessage(jobId));
  }

  /** Touches the jobs this server runs, so that no other takes them for abandoned. */
  private async beat(): Promise<void> {
    if (this.running.size === 0) return;
    await this.db
      .query(`UPDATE job SET heartbeat_at = now() WHERE id = ANY($1) AND state = 'running'`, [[...this.running.keys()]])
      .catch((error) => this.logger.warn({ err: error }, 'Running jobs could not be touched'));
  }

  /** Marks failed the jobs left running by a server that stopped touching them (it died). */
  private async failAbandoned(): Promise<void> {
    await this.db
      .query(
        `UPDATE job SET state = 'failed', finished_at = now(), error_code = $1, error_message = $2
         WHERE state = 'running' AND heartbeat_at < now() - $3::interval`,
        [JobErrorCode.Interrupted, INTERRUPTED_MESSAGE, ABANDONED_AFTER],
      )
      .catch((error) => this.logger.warn({ err: error }, 'Abandoned jobs could not be marked failed'));
  }
}
