import { JobDto, JobErrorCode, JobState, Permission } from '@accord/shared';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUser } from '../../backend/src/auth/auth.guard';
import type { Actor } from '../../backend/src/auth/authenticated-user';
import { JobFailure } from '../../backend/src/jobs/job-handler';
import { JobsService } from '../../backend/src/jobs/jobs.service';
import { submitUpdate } from './support/fixture-queries';
import { exportOf, jobFile, readCsv, settledJob } from './support/jobs';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Background jobs: their lifecycle and progress, who sees them, failures in words a user reads, and what
 * a restart does to them. Kinds made for the test are registered on the running application; jobs of
 * them are submitted through JobsService, as a feature would.
 */
describe('background jobs', () => {
  let t: TestApp;
  /** Lets the `test-gated` job finish. */
  let openGate: () => void;
  let gate: Promise<void>;

  /** Kinds of jobs that only this test has: registered again on each start. */
  function registerTestKinds() {
    const jobs = t.app.get(JobsService);
    gate = new Promise((resolve) => (openGate = resolve));
    jobs.register('test-gated', {
      permission: Permission.ReadAgreement,
      run: async (_job, { progress, output }) => {
        await progress(1, 3);
        await gate;
        await progress(3);
        output({ name: 'gated.txt', mediaType: 'text/plain' }).end('through the gate\n');
      },
    });
    jobs.register('test-broken', {
      permission: Permission.ReadAgreement,
      run: async () => {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'rows') at Object.<anonymous> (/srv/a.js:1:1)",
        );
      },
    });
    jobs.register('test-refused', {
      permission: Permission.ReadAgreement,
      run: async () => {
        throw new JobFailure('too_many_rows', 'The file would have more rows than a spreadsheet holds.');
      },
    });
    // Never ends, and does not listen to its signal: as a job stuck in a call that never answers.
    jobs.register('test-hung', {
      permission: Permission.ReadAgreement,
      maxRunMs: 500,
      run: () => new Promise(() => undefined),
    });
    // Runs until the server interrupts it.
    jobs.register('test-stubborn', {
      permission: Permission.ReadAgreement,
      run: (_job, { signal }) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
  }

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    registerTestKinds();
  });
  afterAll(() => t.close());

  async function actorOf(role: TestRole): Promise<Actor> {
    const [{ id }] = await t.db.query('SELECT id FROM app_user WHERE email = $1', [`${role}@example.org`]);
    const user = await loadUser(t.db, id);
    if (!user) throw new Error(`No active account ${role}`);
    return { user, requestId: 'jobs-spec', clientIp: '127.0.0.1' };
  }
  /** Queues a job of `kind` on agreement A for `role`, as a feature's service does. */
  const submit = async (role: TestRole, kind: string): Promise<JobDto> =>
    t.app.get(JobsService).submit(
      await actorOf(role),
      { kind, agreementId: t.agreementId, params: { test: kind } },
      {
        userId: '',
        fingerprint: '',
        markReplayed: () => undefined,
      },
    );
  const job = async (role: TestRole, jobId: string, status = 200) =>
    (
      await t.http
        .get(`/api/jobs/${jobId}`)
        .auth(await t.tokenFor(role), { type: 'bearer' })
        .expect(status)
    ).body;
  /** Asks for the job until `done` says it is as expected. */
  async function waitFor(jobId: string, done: (job: JobDto) => boolean): Promise<JobDto> {
    for (let attempt = 0; attempt < 400; attempt++) {
      const [current] = await t.db.query(
        `SELECT state, progress_done::float8 AS "progressDone", progress_total::float8 AS "progressTotal"
         FROM job WHERE id = $1`,
        [jobId],
      );
      if (done(current)) return current;
      await sleep(25);
    }
    throw new Error(`Job ${jobId} never got there`);
  }
  const membership = { remove: '', restore: '' };
  beforeAll(() => {
    membership.remove = `DELETE FROM agreement_member WHERE user_id = (SELECT id FROM app_user WHERE email = 'viewer@example.org')`;
    membership.restore = `INSERT INTO agreement_member (agreement_id, user_id, role)
      SELECT a.id, u.id, 'viewer' FROM agreement a, app_user u WHERE u.email = 'viewer@example.org'`;
  });

  it('follows a job from queued to running with its progress, then succeeded with its file', async () => {
    const queued = await submit('monitor', 'test-gated');
    expect(queued).toMatchObject({ kind: 'test-gated', state: JobState.Queued, progressDone: 0, progressTotal: null });

    await waitFor(queued.id, (current) => current.progressDone === 1);
    expect(await job('monitor', queued.id)).toMatchObject({
      state: JobState.Running,
      progressDone: 1,
      progressTotal: 3,
      startedAt: expect.any(String),
      finishedAt: null,
    });
    // No file yet.
    expect((await jobFile(t, 'monitor', queued.id, 409)).body.toString()).toContain('"code":"conflict"');

    openGate();
    const done = await settledJob(t, 'monitor', queued.id);
    expect(done).toMatchObject({
      state: JobState.Succeeded,
      progressDone: 3,
      progressTotal: 3,
      fileName: 'gated.txt',
      mediaType: 'text/plain',
      sizeBytes: 17,
      errorCode: null,
      errorMessage: null,
    });
    const file = await jobFile(t, 'monitor', queued.id);
    expect(file.body.toString()).toBe('through the gate\n');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="gated.txt"; filename*=UTF-8''gated.txt`);
  });

  it("lists the caller's own jobs, newest first, of one agreement when asked", async () => {
    const first = await exportOf(t, 'reviewer', { dataset: 'commitments', format: 'csv' });
    const second = await exportOf(t, 'reviewer', { dataset: 'milestones', format: 'xlsx' });
    await exportOf(t, 'viewer', { dataset: 'commitments', format: 'csv' });
    const list = async (query: object, status = 200) =>
      (
        await t.http
          .get('/api/jobs')
          .query(query)
          .auth(await t.tokenFor('reviewer'), { type: 'bearer' })
          .expect(status)
      ).body;
    expect((await list({})).map((listed: JobDto) => listed.id)).toEqual([second.id, first.id]);
    expect((await list({ agreementId: t.agreementId })).map((listed: JobDto) => listed.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect(await list({ agreementId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect((await list({ agreementId: 'not-an-id' }, 400)).errors).toEqual({ agreementId: 'isUuid' });
  });

  it('shows a job and its file to its requester and administrators only: 404 for anyone else', async () => {
    const exported = await exportOf(t, 'monitor', { dataset: 'commitments', format: 'csv' });
    for (const role of ['viewer', 'reviewer'] as const) {
      expect((await job(role, exported.id, 404)).code).toBe('not_found');
      await jobFile(t, role, exported.id, 404);
    }
    expect((await job('admin', exported.id)).id).toBe(exported.id);
    expect(readCsv((await jobFile(t, 'admin', exported.id)).body)[1][0]).toBe('Art. 1');
    expect((await job('monitor', '00000000-0000-4000-8000-000000000000', 404)).code).toBe('not_found');
    expect((await job('monitor', 'not-an-id', 400)).errors).toEqual({ jobId: 'isUuid' });
  });

  it('fails a job whose handler throws with a message a user reads, its reference, and no internals', async () => {
    const failed = await settledJob(t, 'monitor', (await submit('monitor', 'test-broken')).id);
    expect(failed).toMatchObject({ state: JobState.Failed, errorCode: JobErrorCode.Internal, fileName: null });
    expect(failed.errorMessage).toBe(
      'Something went wrong on the server while running this job. Try again; if it fails again, ' +
        `give your administrator this reference: ${failed.id}.`,
    );
    await jobFile(t, 'monitor', failed.id, 409);
  });

  it('fails a job with the reason its handler gives (JobFailure), as given', async () => {
    const failed = await settledJob(t, 'monitor', (await submit('monitor', 'test-refused')).id);
    expect(failed).toMatchObject({
      state: JobState.Failed,
      errorCode: 'too_many_rows',
      errorMessage: 'The file would have more rows than a spreadsheet holds.',
    });
  });

  it('fails an export whose file cannot be stored, with no file to download', async () => {
    // A file where the directory of job files should be: storing fails.
    const jobsDir = join(t.dataDir, 'jobs');
    rmSync(jobsDir, { recursive: true, force: true });
    writeFileSync(jobsDir, 'in the way');
    try {
      const failed = await exportOf(t, 'viewer', { dataset: 'status-history', format: 'xlsx' });
      expect(failed).toMatchObject({
        state: JobState.Failed,
        errorCode: JobErrorCode.Internal,
        fileName: null,
        sizeBytes: null,
      });
      expect(failed.errorMessage).toContain(`give your administrator this reference: ${failed.id}.`);
      await jobFile(t, 'viewer', failed.id, 409);
    } finally {
      rmSync(jobsDir, { force: true });
    }
  });

  it('does not let a member who lost access see or download what was exported for them', async () => {
    const exported = await exportOf(t, 'viewer', { dataset: 'commitments', format: 'csv' });
    await t.db.query(membership.remove);
    try {
      await jobFile(t, 'viewer', exported.id, 404);
      expect((await job('viewer', exported.id, 404)).code).toBe('not_found');
    } finally {
      await t.db.query(membership.restore);
    }
    await jobFile(t, 'viewer', exported.id);
  });

  describe('a file holds what its requester could read when it was made', () => {
    /** Changes `role`'s membership of agreement A (`changes`: SQL assignments). */
    const member = (role: TestRole, changes: string) =>
      t.db.query(`UPDATE agreement_member SET ${changes} WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [
        `${role}@example.org`,
      ]);
    const listed = async (role: TestRole) =>
      (
        await t.http
          .get('/api/jobs')
          .query({ agreementId: t.agreementId })
          .auth(await t.tokenFor(role), { type: 'bearer' })
          .expect(200)
      ).body.map((listedJob: JobDto) => listedJob.id);
    /** The job and its file are the caller's no more: 404 for both, and not in their list. */
    const hiddenFrom = async (role: TestRole, jobId: string) => {
      expect((await job(role, jobId, 404)).code).toBe('not_found');
      await jobFile(t, role, jobId, 404);
      expect(await listed(role)).not.toContain(jobId);
    };

    it('is not given to a reviewer who lost their clearance, or was made a viewer, since', async () => {
      await t.db.query(`UPDATE milestone SET confidential = true WHERE title = 'M4 sites operational'`);
      await member('reviewer', 'confidential_access = true');
      try {
        const exported = await exportOf(t, 'reviewer', { dataset: 'milestones', format: 'csv' });
        const milestones = async () => readCsv((await jobFile(t, 'reviewer', exported.id)).body).map((row) => row[3]);
        expect(await milestones()).toContain('M4 sites operational');

        await member('reviewer', 'confidential_access = false');
        await hiddenFrom('reviewer', exported.id);
        await member('reviewer', `role = 'viewer'`);
        await hiddenFrom('reviewer', exported.id);
        // An administrator reads everything: still theirs to look at.
        expect((await job('admin', exported.id)).state).toBe(JobState.Succeeded);
        // Cleared again, but a viewer: the job ran reading others' pending updates too (a reviewer's
        // scope), which a viewer does not see: still not theirs.
        await member('reviewer', 'confidential_access = true');
        await hiddenFrom('reviewer', exported.id);
        await member('reviewer', `role = 'reviewer'`);
        expect(await milestones()).toContain('M4 sites operational');
      } finally {
        await member('reviewer', `role = 'reviewer', confidential_access = false`);
        await t.db.query(`UPDATE milestone SET confidential = false WHERE title = 'M4 sites operational'`);
      }
    });

    it("is not given to a reviewer made a viewer when it holds others' pending updates; a viewer's stays theirs", async () => {
      await submitUpdate(
        t,
        'M4 sites operational',
        { effectiveDate: '2021-03-01', level: 2, narrative: 'Pending, by the monitor.' },
        { approve: false },
      );
      const narratives = async (role: TestRole, jobId: string) =>
        readCsv((await jobFile(t, role, jobId)).body).map((row) => row[7]);
      const reviewers = await exportOf(t, 'reviewer', { dataset: 'status-history', format: 'csv' });
      const viewers = await exportOf(t, 'viewer', { dataset: 'status-history', format: 'csv' });
      expect(await narratives('reviewer', reviewers.id)).toContain('Pending, by the monitor.');
      expect(await narratives('viewer', viewers.id)).not.toContain('Pending, by the monitor.');
      await member('reviewer', `role = 'viewer'`);
      // Made a reviewer, the viewer reads more than their export holds: it stays theirs.
      await member('viewer', `role = 'reviewer'`);
      try {
        await hiddenFrom('reviewer', reviewers.id);
        expect(await narratives('viewer', viewers.id)).not.toContain('Pending, by the monitor.');
        expect(await listed('viewer')).toContain(viewers.id);
      } finally {
        await member('reviewer', `role = 'reviewer'`);
        await member('viewer', `role = 'viewer'`);
      }
      expect(await narratives('reviewer', reviewers.id)).toContain('Pending, by the monitor.');
    });
  });

  it('stops a job that runs past its time limit, even one deaf to its signal, and frees its worker', async () => {
    // As many as there are workers (JOB_WORKERS, 2 by default): both are taken.
    const hung = [await submit('monitor', 'test-hung'), await submit('monitor', 'test-hung')];
    for (const { id } of hung) {
      expect(await settledJob(t, 'monitor', id)).toMatchObject({
        state: JobState.Failed,
        errorCode: JobErrorCode.TimedOut,
        errorMessage:
          'This job ran longer than the 0.5 seconds it may run, and was stopped. ' +
          'Try again; if it happens again, tell your administrator.',
        fileName: null,
      });
    }
    expect(await exportOf(t, 'monitor', { dataset: 'commitments', format: 'csv' })).toMatchObject({
      state: JobState.Succeeded,
    });
  });

  it('deletes a result file once kept its days (JOB_RESULT_DAYS, 7), each hour: the job expired, 410 for its file', async () => {
    const exported = await exportOf(t, 'monitor', { dataset: 'commitments', format: 'csv' });
    const [{ key, finishedAt }] = await t.db.query(
      'SELECT result_key AS key, finished_at AS "finishedAt" FROM job WHERE id = $1',
      [exported.id],
    );
    const sevenDaysOn = (finishedAt as Date).getTime() + 7 * 86_400_000;
    const jobs = t.app.get(JobsService);

    expect(await jobs.expireFiles(new Date(sevenDaysOn - 1000))).not.toContain(exported.id);
    expect(readCsv((await jobFile(t, 'monitor', exported.id)).body)).toHaveLength(5);

    expect(await jobs.expireFiles(new Date(sevenDaysOn + 1000))).toContain(exported.id);
    expect(existsSync(join(t.dataDir, 'jobs', key))).toBe(false);
    expect(await job('monitor', exported.id)).toMatchObject({
      state: JobState.Expired,
      fileName: null,
      mediaType: null,
      sizeBytes: null,
    });
    expect(JSON.parse((await jobFile(t, 'monitor', exported.id, 410)).body.toString())).toMatchObject({
      statusCode: 410,
      code: 'file_expired',
      message: 'The file of this job was deleted 7 days after it was made: start the job again',
    });
    expect(await jobs.expireFiles(new Date(sevenDaysOn + 86_400_000))).not.toContain(exported.id);
    // The hourly run is pg-boss's to start.
    const schedules = await t.db.query('SELECT cron FROM pgboss.schedule WHERE name = $1', [
      'accord-every-expire-job-files',
    ]);
    expect(schedules).toEqual([{ cron: '30 * * * *' }]);
  });

  describe('across restarts', () => {
    it('runs the jobs queued while no server ran them once one starts; fails those it cannot run, saying why', async () => {
      // A server that runs no job (JOB_WORKERS=0) only queues them: nothing can run them before the restart.
      await t.restart({ JOB_WORKERS: '0' });
      registerTestKinds();
      const monitors = (
        await t.http
          .post(`/api/agreements/${t.agreementId}/exports`)
          .auth(await t.tokenFor('monitor'), { type: 'bearer' })
          .send({ dataset: 'commitments', format: 'csv' })
          .expect(202)
      ).body as JobDto;
      const viewers = (
        await t.http
          .post(`/api/agreements/${t.agreementId}/exports`)
          .auth(await t.tokenFor('viewer'), { type: 'bearer' })
          .send({ dataset: 'commitments', format: 'csv' })
          .expect(202)
      ).body as JobDto;
      // A kind the next server will not have registered.
      const orphan = await submit('monitor', 'test-gated');
      await t.db.query(membership.remove);
      await sleep(2500); // longer than a worker's polling interval
      expect((await job('monitor', monitors.id)).state).toBe(JobState.Queued);

      try {
        await t.restart();
        expect(await settledJob(t, 'monitor', monitors.id)).toMatchObject({ state: JobState.Succeeded });
        expect(readCsv((await jobFile(t, 'monitor', monitors.id)).body)).toHaveLength(5);
        expect(await settledJob(t, 'viewer', viewers.id)).toMatchObject({
          state: JobState.Failed,
          errorCode: JobErrorCode.AccessRevoked,
          errorMessage: 'You no longer have the access this job needs.',
        });
        expect(await settledJob(t, 'monitor', orphan.id)).toMatchObject({
          state: JobState.Failed,
          errorCode: JobErrorCode.UnknownKind,
          errorMessage: 'This server cannot run this kind of job.',
        });
      } finally {
        await t.db.query(membership.restore);
        registerTestKinds();
      }
    });

    it('interrupts a job still running when the server stops, marking it failed (not retried), and stops in time', async () => {
      const running = await submit('monitor', 'test-stubborn');
      await waitFor(running.id, (current) => current.state === JobState.Running);
      const stopping = Date.now();
      await t.restart();
      registerTestKinds();
      // The running job was given 5 seconds to finish, then interrupted.
      expect(Date.now() - stopping).toBeLessThan(20_000);
      expect(await job('monitor', running.id)).toMatchObject({
        state: JobState.Failed,
        errorCode: JobErrorCode.Interrupted,
        errorMessage: 'The server stopped while this job was running. Start it again.',
        finishedAt: expect.any(String),
      });
      await sleep(2500);
      expect((await job('monitor', running.id)).state).toBe(JobState.Failed);
    }, 60_000);

    it('marks failed a job left running by a server that died, not one another server is running', async () => {
      await t.restart({ JOB_WORKERS: '0' });
      registerTestKinds();
      const dead = await submit('monitor', 'test-gated');
      const alive = await submit('monitor', 'test-gated');
      // As a server that died would leave the first: running, untouched for five minutes; the second
      // touched just now, as a live server does every few seconds.
      await t.db.query(
        `UPDATE job SET state = 'running', started_at = now() - interval '6 minutes',
                        heartbeat_at = CASE WHEN id = $1 THEN now() - interval '5 minutes' ELSE now() END
         WHERE id IN ($1, $2)`,
        [dead.id, alive.id],
      );
      await t.restart();
      registerTestKinds();
      expect(await job('monitor', dead.id)).toMatchObject({
        state: JobState.Failed,
        errorCode: JobErrorCode.Interrupted,
        errorMessage: 'The server stopped while this job was running. Start it again.',
      });
      await sleep(2500);
      expect((await job('monitor', alive.id)).state).toBe(JobState.Running);
    }, 60_000);
  });
});
