import { execFile } from 'node:child_process';
import { AuditVerificationDto, MilestoneDto } from '@accord/shared';
import { approve, milestoneByTitle, submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/** The review workflow, confidential items, idempotency, the audit chain and sign-in throttling. */
describe('trust', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const bearer = async (role: TestRole) => ({ Authorization: `Bearer ${await t.tokenFor(role)}` });
  const dashboard = async (role: TestRole = 'viewer') =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/dashboard`)
        .set(await bearer(role))
        .expect(200)
    ).body;
  const auditCount = async () => Number((await t.db.query('SELECT count(*) FROM audit_record'))[0].count);
  const verification = async (): Promise<AuditVerificationDto> =>
    (
      await t.http
        .get('/api/audit-records/verification')
        .set(await bearer('admin'))
        .expect(200)
    ).body;

  describe('review workflow', () => {
    it('counts an update in the figures once approved; a submitted or returned one never', async () => {
      expect((await dashboard()).implementationRate).toBe(41.7);
      const submitted = await submitUpdate(
        t,
        'M4 sites operational',
        { effectiveDate: '2023-01-10', level: 3, narrative: 'Sites operational.' },
        { approve: false },
      );
      expect((await dashboard()).implementationRate).toBe(41.7);

      const reviewer = await bearer('reviewer');
      const returned = await t.http
        .post(`/api/status-updates/${submitted.history[0].id}/return`)
        .set(reviewer)
        .send({ reason: '  Attach the site inspection report.  ' })
        .expect(200);
      expect(returned.body.history[0]).toMatchObject({
        reviewState: 'returned',
        returnReason: 'Attach the site inspection report.',
        reviewerName: 'Rokia Reviewer',
      });
      expect((await dashboard()).implementationRate).toBe(41.7);
      // Decided once: a second decision on the same update is a conflict, and changes nothing.
      await t.http.post(`/api/status-updates/${submitted.history[0].id}/approval`).set(reviewer).expect(409);

      // The monitor sees the returned update in their own list and resubmits it: a new update.
      const mine = await t.http
        .get(`/api/agreements/${t.agreementId}/status-updates`)
        .query({ mine: true, state: 'returned' })
        .set(await bearer('monitor'))
        .expect(200);
      expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([submitted.history[0].id]);
      const resubmitted = await submitUpdate(
        t,
        'M4 sites operational',
        {
          effectiveDate: '2023-01-10',
          level: 3,
          narrative: 'Sites operational; inspection report attached.',
          resubmissionOf: submitted.history[0].id,
        },
        { approve: false },
      );
      const [newest, old] = resubmitted.history;
      expect(newest).toMatchObject({ reviewState: 'submitted', resubmissionOf: old.id });
      expect(old).toMatchObject({ reviewState: 'returned', resubmittedAs: newest.id });

      const queue = await t.http
        .get(`/api/agreements/${t.agreementId}/status-updates`)
        .query({ state: 'submitted' })
        .set(reviewer)
        .expect(200);
      expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(newest.id);
      expect(queue.body.items[0]).toMatchObject({
        milestoneTitle: 'M4 sites operational',
        commitmentTitle: expect.any(String),
      });

      await approve(t, newest.id);
      // C2 now has M3 at 2 and M4 at 3 -> level 2: (3 + 2 + 1 + 0) / 12
      expect((await dashboard()).implementationRate).toBe(50);
    });

    it('refuses to resubmit an update that was not returned, or twice, with 400 and nothing stored', async () => {
      const approved = await submitUpdate(t, 'M6 programme launched', {
        effectiveDate: '2020-01-01',
        operationalStatus: 'delayed',
        narrative: 'Programme delayed.',
      });
      const { version } = await milestoneByTitle(t, 'M6 programme launched');
      const response = await t.http
        .post(`/api/milestones/${approved.id}/status-updates`)
        .set(await bearer('monitor'))
        .set('If-Match', `"${version}"`)
        .send({ effectiveDate: '2020-01-01', level: 1, narrative: 'x', resubmissionOf: approved.history[0].id })
        .expect(400);
      expect(response.body.errors).toEqual({ resubmissionOf: 'notResubmittable' });
      expect((await milestoneByTitle(t, 'M6 programme launched')).version).toBe(version);
    });

    it('does not let a reviewer approve their own update', async () => {
      const own = await submitUpdate(
        t,
        'M6 programme launched',
        { effectiveDate: '2020-02-01', level: 1, narrative: 'By the administrator.' },
        { author: 'admin', approve: false },
      );
      const response = await t.http
        .post(`/api/status-updates/${own.history[0].id}/approval`)
        .set(await bearer('admin'))
        .expect(403);
      expect(response.body.code).toBe('own_update');
    });

    it("counts a trusted monitor's update at once only where the agreement allows it", async () => {
      await t.db.query(`UPDATE agreement_member SET trusted = true WHERE role = 'monitor'`);
      const notYet = await submitUpdate(
        t,
        'M6 programme launched',
        { effectiveDate: '2020-03-01', level: 1, narrative: 'Trusted, setting off.' },
        { approve: false },
      );
      expect(notYet.history[0].reviewState).toBe('submitted');
      const agreement = await t.http
        .get(`/api/agreements/${t.agreementId}`)
        .set(await bearer('admin'))
        .expect(200);
      await t.http
        .patch(`/api/agreements/${t.agreementId}/settings`)
        .set(await bearer('admin'))
        .set('If-Match', agreement.headers['etag'])
        .send({ trustedUpdatesSkipReview: true })
        .expect(200);
      const counted = await submitUpdate(
        t,
        'M6 programme launched',
        { effectiveDate: '2020-03-02', level: 1, narrative: 'Trusted, setting on.' },
        { approve: false },
      );
      expect(counted.history[0]).toMatchObject({ reviewState: 'approved', reviewerName: null });
      expect(counted.level).toBe(1);
      await t.db.query(`UPDATE agreement_member SET trusted = false`);
    });
  });

  describe('confidential items', () => {
    it('changes the figures only for members cleared to see them, and says what is withheld', async () => {
      await t.db.query(`UPDATE agreement_member SET confidential_access = true WHERE role = 'reviewer'`);
      const before = { viewer: await dashboard('viewer'), reviewer: await dashboard('reviewer') };
      expect(before.viewer.withheld).toBeNull();
      const milestone = await milestoneByTitle(t, 'M5 lists handed over');
      await t.http
        .post(`/api/milestones/${milestone.id}/status-updates`)
        .set(await bearer('monitor'))
        .set('If-Match', `"${milestone.version}"`)
        .send({ effectiveDate: '2023-05-01', level: 3, narrative: 'Lists handed over.', confidential: true })
        .expect(400)
        .expect(({ body }) => expect(body.errors).toEqual({ confidential: 'confidentialNotAllowed' }));
      const submitted = await submitUpdate(
        t,
        'M5 lists handed over',
        { effectiveDate: '2023-05-01', level: 3, narrative: 'Names of commanders attached.', confidential: true },
        { author: 'admin', approve: false },
      );
      await approve(t, submitted.history[0].id, 'reviewer');

      const after = { viewer: await dashboard('viewer'), reviewer: await dashboard('reviewer') };
      expect(after.viewer.implementationRate).toBe(before.viewer.implementationRate);
      expect(after.viewer.withheld).toEqual({ milestones: 0, statusUpdates: 1 });
      expect(after.reviewer.implementationRate).toBeGreaterThan(before.reviewer.implementationRate);
      expect(after.reviewer.withheld).toBeNull();
      const seenByViewer: MilestoneDto = (
        await t.http
          .get(`/api/milestones/${milestone.id}`)
          .set(await bearer('viewer'))
          .expect(200)
      ).body;
      expect(seenByViewer.history.map((update) => update.narrative)).not.toContain('Names of commanders attached.');
    });

    it('hides a confidential milestone from members without clearance: 404, and out of every figure', async () => {
      const milestone = await milestoneByTitle(t, 'M2 elections held');
      await t.db.query('UPDATE milestone SET confidential = true WHERE id = $1', [milestone.id]);
      try {
        await t.http
          .get(`/api/milestones/${milestone.id}`)
          .set(await bearer('viewer'))
          .expect(404);
        await t.http
          .get(`/api/milestones/${milestone.id}`)
          .set(await bearer('reviewer'))
          .expect(200);
        const viewer = await dashboard('viewer');
        expect(viewer.withheld.milestones).toBe(1);
        expect(viewer.milestones).toBe((await dashboard('reviewer')).milestones - 1);
      } finally {
        await t.db.query('UPDATE milestone SET confidential = false WHERE id = $1', [milestone.id]);
      }
    });
  });

  describe('public page', () => {
    it('answers 404 until an administrator turns it on, then shows approved, non-confidential figures only', async () => {
      await t.http.get('/api/public/agreements/test-accord').expect(404);
      const agreement = await t.http
        .get(`/api/agreements/${t.agreementId}`)
        .set(await bearer('admin'))
        .expect(200);
      await t.http
        .patch(`/api/agreements/${t.agreementId}/settings`)
        .set(await bearer('admin'))
        .set('If-Match', agreement.headers['etag'])
        .send({ publicPage: true })
        .expect(200);
      const page = await t.http.get('/api/public/agreements/test-accord').expect(200);
      const viewer = await dashboard('viewer');
      expect(page.body.agreement).toEqual({
        slug: 'test-accord',
        title: 'Test Accord for Peace',
        shortTitle: 'Test Accord',
        country: 'Testland',
        signedOn: '2015-06-01',
        description: 'A fixture with hand-computed figures.',
      });
      // The same figures as a member without clearance, without the internal id nor the withheld counts.
      const { agreementId: _id, withheld: _withheld, ...expected } = viewer;
      expect(page.body.dashboard).toEqual(expected);
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of 50 simultaneous edits with the same If-Match through; 49 get 412', async () => {
      const { id, version } = await milestoneByTitle(t, 'M6 programme launched');
      const admin = await bearer('admin');
      const auditBefore = await auditCount();
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          t.http
            .patch(`/api/milestones/${id}`)
            .set(admin)
            .set('If-Match', `"${version}"`)
            .send({ description: `Edit number ${index}` }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      console.log(
        `50 concurrent PATCH with one If-Match: ${statuses.filter((s) => s === 200).length} x 200, ${statuses.filter((s) => s === 412).length} x 412`,
      );
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(49);
      const winner = responses.find((response) => response.status === 200)!;
      const [stored] = await t.db.query('SELECT description, version FROM milestone WHERE id = $1', [id]);
      expect(stored).toEqual({ description: winner.body.description, version: version + 1 });
      expect(await auditCount()).toBe(auditBefore + 1);
    });

    it('stores one update for 100 sends of the same Idempotency-Key and answers each the same', async () => {
      const { id, version } = await milestoneByTitle(t, 'M3 sites chosen');
      const monitor = await bearer('monitor');
      const send = () =>
        t.http
          .post(`/api/milestones/${id}/status-updates`)
          .set(monitor)
          .set('If-Match', `"${version}"`)
          .set('Idempotency-Key', 'monitor-report-2024-03-15')
          .send({ effectiveDate: '2024-03-15', operationalStatus: 'delayed', narrative: 'Sent over a weak link.' });
      const countUpdates = async () =>
        Number((await t.db.query('SELECT count(*) FROM status_update WHERE milestone_id = $1', [id]))[0].count);
      const before = await countUpdates();
      const concurrent = await Promise.all(Array.from({ length: 50 }, send));
      const sequential = [];
      for (let index = 0; index < 50; index++) sequential.push(await send());
      const all = [...concurrent, ...sequential];
      expect(await countUpdates()).toBe(before + 1);
      expect(new Set(all.map((response) => response.status))).toEqual(new Set([201]));
      expect(new Set(all.map((response) => response.text)).size).toBe(1);
      expect(new Set(all.map((response) => response.headers['etag'])).size).toBe(1);
      expect(all.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(99);
      console.log(
        `100 sends of one Idempotency-Key (50 at once, 50 in turn): ${(await countUpdates()) - before} row, 1 distinct body`,
      );

      const reused = await t.http
        .post(`/api/milestones/${id}/status-updates`)
        .set(monitor)
        .set('If-Match', `"${version}"`)
        .set('Idempotency-Key', 'monitor-report-2024-03-15')
        .send({ effectiveDate: '2024-03-15', operationalStatus: 'stalled', narrative: 'Another report.' })
        .expect(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      expect(await countUpdates()).toBe(before + 1);
    });

    it('keeps one unbroken audit chain under 50 concurrent writers', async () => {
      const admin = await bearer('admin'); // signed in before counting: the check below reads the trail as admin
      const people: { id: string }[] = await t.db.query(
        `INSERT INTO app_user (email, display_name, password_hash)
         SELECT 'member' || n || '@example.org', 'Member ' || n, 'x' FROM generate_series(1, 50) n RETURNING id`,
      );
      const before = await auditCount();
      const responses = await Promise.all(
        people.map(({ id }) =>
          t.http
            .put(`/api/agreements/${t.agreementId}/members/${id}`)
            .set(admin)
            .send({ role: 'viewer', confidentialAccess: false, trusted: false }),
        ),
      );
      expect(responses.every((response) => response.status === 200)).toBe(true);
      expect(await auditCount()).toBe(before + 50);
      const result = await verification();
      expect(result).toMatchObject({ valid: true, brokenSeq: null, problem: null, checked: before + 50 });
      const seqs: { seq: string }[] = await t.db.query('SELECT seq FROM audit_record ORDER BY seq');
      expect(seqs.map((row) => Number(row.seq))).toEqual(Array.from({ length: before + 50 }, (_, index) => index + 1));
      console.log(`50 concurrent writers: ${before + 50} records, chain valid, seq 1..${before + 50} without a gap`);
    });
  });

  describe('audit trail', () => {
    it('records every write with actor, before and after values and the request id', async () => {
      const { id, version } = await milestoneByTitle(t, 'M6 programme launched');
      const response = await t.http
        .patch(`/api/milestones/${id}`)
        .set(await bearer('admin'))
        .set('If-Match', `"${version}"`)
        .set('X-Request-Id', 'audit-check-1')
        .send({ title: 'M6 programme launched (renamed)' })
        .expect(200);
      const page = await t.http
        .get('/api/audit-records')
        .query({ entityId: id, action: 'milestone.updated', limit: 1 })
        .set(await bearer('admin'))
        .expect(200);
      expect(page.body.items[0]).toMatchObject({
        actorLabel: 'admin@example.org',
        action: 'milestone.updated',
        entityType: 'milestone',
        agreementId: t.agreementId,
        requestId: 'audit-check-1',
        before: expect.objectContaining({ title: 'M6 programme launched' }),
        after: expect.objectContaining({ title: response.body.title }),
      });
      await t.db.query(`UPDATE milestone SET title = 'M6 programme launched' WHERE id = $1`, [id]);
    });

    it('records failed sign-ins, and throttles an account after 5 failures with 429 and Retry-After', async () => {
      const attempt = (password: string) =>
        t.http.post('/api/auth/login').send({ email: 'Viewer@Example.org', password });
      for (let index = 0; index < 5; index++) {
        const failed = await attempt('wrong password');
        expect(failed.status).toBe(401);
        expect(failed.body).toMatchObject({ code: 'invalid_credentials', message: 'Wrong e-mail or password' });
      }
      const throttled = await attempt('correct horse battery staple');
      expect(throttled.status).toBe(429);
      expect(throttled.body.code).toBe('too_many_requests');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      const [failures] = await t.db.query(
        `SELECT count(*)::int AS count FROM audit_record WHERE action = 'auth.login_failed' AND actor_label = 'viewer@example.org'`,
      );
      expect(failures.count).toBe(5);
      // Other accounts are not affected.
      await t.http
        .post('/api/auth/login')
        .send({ email: 'reviewer@example.org', password: 'correct horse battery staple' })
        .expect(200);
    });

    it('checks at most one password at a time per account: a burst of parallel guesses is refused', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 30 }, () =>
          t.http.post('/api/auth/login').send({ email: 'outsider@example.org', password: 'a wrong guess' }),
        ),
      );
      const checked = guesses.filter((response) => response.status === 401).length;
      console.log(
        `30 parallel wrong passwords for one account: ${checked} checked (401), ${30 - checked} refused (429)`,
      );
      expect(checked).toBeLessThanOrEqual(5);
      expect(guesses.every((response) => [401, 429].includes(response.status))).toBe(true);
    });

    it('refuses tokens issued before a password change', async () => {
      const old = await t.tokenFor('reviewer');
      await new Promise((resolve) => setTimeout(resolve, 1100)); // tokens carry whole seconds
      const [{ id }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'reviewer@example.org'`);
      const read = await t.http
        .get('/api/users')
        .set(await bearer('admin'))
        .expect(200);
      const version = read.body.find((user: { id: string }) => user.id === id).version;
      await t.http
        .patch(`/api/users/${id}`)
        .set(await bearer('admin'))
        .set('If-Match', `"${version}"`)
        .send({ password: 'correct horse battery staple' })
        .expect(200);
      await t.http.get('/api/auth/me').auth(old, { type: 'bearer' }).expect(401);
      const fresh = await t.http
        .post('/api/auth/login')
        .send({ email: 'reviewer@example.org', password: 'correct horse battery staple' })
        .expect(200);
      await t.http.get('/api/auth/me').auth(fresh.body.accessToken, { type: 'bearer' }).expect(200);
    });

    it('cannot be changed by the application: UPDATE and DELETE on the audit table fail', async () => {
      await expect(t.db.query(`UPDATE audit_record SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await expect(t.db.query('DELETE FROM audit_record WHERE seq = 1')).rejects.toThrow(/append-only/);
      await expect(t.db.query('TRUNCATE audit_record')).rejects.toThrow(/append-only/);
    });

    it('names the first record changed behind the database’s back, in the API and in `npm run audit:verify`', async () => {
      expect((await verification()).valid).toBe(true);
      expect(await verifyCommand()).toMatchObject({ code: 0, output: expect.stringMatching(/Audit trail intact/) });
      const [{ seq }] = await t.db.query(`SELECT max(seq)::int - 3 AS seq FROM audit_record`);
      // A superuser disables the trigger and rewrites history.
      await t.db.query('ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only');
      try {
        await t.db.query(`UPDATE audit_record SET actor_label = 'someone-else@example.org' WHERE seq = $1`, [seq]);
      } finally {
        await t.db.query('ALTER TABLE audit_record ENABLE TRIGGER audit_record_append_only');
      }
      expect(await verification()).toMatchObject({ valid: false, brokenSeq: seq, problem: 'content_changed' });
      expect(await verifyCommand()).toMatchObject({
        code: 1,
        output: expect.stringContaining(`BROKEN at record #${seq}: content_changed`),
      });
    });

    /** The command line check, on the test's database. */
    const verifyCommand = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        execFile(
          process.execPath,
          ['tools/audit-verify.cjs'],
          { env: { ...process.env, DATABASE_URL: process.env['DATABASE_URL'] } },
          (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr }),
        );
      });
  });
});
