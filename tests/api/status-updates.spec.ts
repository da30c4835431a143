import type { Response } from 'supertest';
import { MilestoneDto } from '@accord/shared';
import { approve, milestoneByTitle, submitUpdate, writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

describe('recording status updates', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const record = async (
    role: 'admin' | 'monitor' | 'viewer',
    milestoneTitle: string,
    body: object,
    ifMatch?: string,
  ) => {
    const milestone = await milestoneByTitle(t, milestoneTitle);
    const call = t.http
      .post(`/api/milestones/${milestone.id}/status-updates`)
      .auth(await t.tokenFor(role), { type: 'bearer' });
    if (ifMatch !== undefined) call.set('If-Match', ifMatch);
    return call.send(body);
  };

  const expectStatus = async (pending: Promise<Response>, status: number) => {
    const response = await pending;
    expect(response.status).toBe(status);
    return response;
  };

  const rate = async () =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/dashboard`)
        .auth(await t.tokenFor('viewer'), { type: 'bearer' })
        .expect(200)
    ).body.implementationRate;

  it('lets a monitor submit a past-dated update that, once approved, moves the milestone, the commitment and the rate', async () => {
    expect(await rate()).toBe(41.7);
    const { version } = await milestoneByTitle(t, 'M4 sites operational');
    const response = await expectStatus(
      record(
        'monitor',
        'M4 sites operational',
        {
          effectiveDate: '2023-10-02',
          level: 3,
          operationalStatus: 'on_track',
          narrative: '  All sites operational.  ',
          sourceLinks: [{ url: 'https://example.org/report', title: 'Report' }],
        },
        `"${version}"`,
      ),
      201,
    );
    const submitted: MilestoneDto = response.body;
    expect(response.headers['etag']).toBe(`"${version + 1}-${submitted.asOf}"`);
    // Submitted, not yet counted: the milestone keeps its status and the rate does not move.
    expect(submitted).toMatchObject({ level: null, operationalStatus: null, version: version + 1 });
    expect(submitted.history[0]).toMatchObject({
      effectiveDate: '2023-10-02',
      narrative: 'All sites operational.',
      authorName: 'Moussa Monitor',
      sourceLinks: [{ url: 'https://example.org/report', title: 'Report' }],
      reviewState: 'submitted',
      reviewedAt: null,
    });
    expect(await rate()).toBe(41.7);

    const milestone = await approve(t, submitted.history[0].id);
    expect(milestone).toMatchObject({ level: 3, pamScore: 3, operationalStatus: 'on_track', version: version + 2 });
    expect(milestone.history[0]).toMatchObject({ reviewState: 'approved', reviewerName: 'Rokia Reviewer' });
    // C2 now has M3 at 2 and M4 at 3 -> level 2: (3 + 2 + 1 + 0) / 12
    expect(await rate()).toBe(50);
  });

  it('changes the ETag of the commitment whose milestone moved, so no cache serves the old status', async () => {
    const viewer = await t.tokenFor('viewer');
    const { id, version, commitmentId } = await milestoneByTitle(t, 'M3 sites chosen');
    const before = await t.http.get(`/api/commitments/${commitmentId}`).auth(viewer, { type: 'bearer' }).expect(200);
    await t.http
      .get(`/api/commitments/${commitmentId}`)
      .auth(viewer, { type: 'bearer' })
      .set('If-None-Match', before.headers['etag'])
      .expect(304);
    const submitted = await expectStatus(
      record(
        'monitor',
        'M3 sites chosen',
        { effectiveDate: '2016-02-01', level: 3, narrative: 'All sites chosen.' },
        `"${version}"`,
      ),
      201,
    );
    await approve(t, submitted.body.history[0].id);
    const after = await t.http
      .get(`/api/commitments/${commitmentId}`)
      .auth(viewer, { type: 'bearer' })
      .set('If-None-Match', before.headers['etag'])
      .expect(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.body.milestones.find((milestone: { id: string }) => milestone.id === id).level).toBe(3);
  });

  it('keeps the history append-only: an older effective date does not replace the current score', async () => {
    const { version } = await milestoneByTitle(t, 'M1 electoral law adopted');
    const response = await expectStatus(
      record(
        'monitor',
        'M1 electoral law adopted',
        { effectiveDate: '2015-07-01', level: 0, narrative: 'Late report of an earlier state.' },
        `"${version}"`,
      ),
      201,
    );
    expect(response.body.level).toBe(3);
    expect(response.body.history.map((update: { effectiveDate: string }) => update.effectiveDate)).toEqual([
      '2016-03-01',
      '2015-08-01',
      '2015-07-01',
    ]);
  });

  it('lets an update change only the operational status and keeps the last score', async () => {
    const milestone = await submitUpdate(
      t,
      'M5 lists handed over',
      { effectiveDate: '2019-05-01', operationalStatus: 'delayed', narrative: 'Talks resumed.' },
      { author: 'admin' },
    );
    expect(milestone).toMatchObject({ level: 1, operationalStatus: 'delayed' });
  });

  it('refuses a viewer with 403 and stores nothing', async () => {
    const before = await writeFingerprint(t);
    const { version } = await milestoneByTitle(t, 'M6 programme launched');
    const response = await expectStatus(
      record(
        'viewer',
        'M6 programme launched',
        { effectiveDate: '2020-01-01', level: 1, narrative: 'Attempt' },
        `"${version}"`,
      ),
      403,
    );
    expect(response.body).toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('refuses a request without a token with 401', async () => {
    const { id } = await milestoneByTitle(t, 'M6 programme launched');
    const response = await t.http
      .post(`/api/milestones/${id}/status-updates`)
      .send({ effectiveDate: '2020-01-01', level: 1, narrative: 'Attempt' })
      .expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'unauthorized' });
  });

  it('answers 428 without If-Match and 412 for a stale version, storing nothing', async () => {
    const before = await writeFingerprint(t);
    const body = { effectiveDate: '2020-01-01', level: 1, narrative: 'Attempt' };
    const missing = await expectStatus(record('monitor', 'M6 programme launched', body), 428);
    expect(missing.body).toMatchObject({ statusCode: 428, code: 'precondition_required' });
    const { version } = await milestoneByTitle(t, 'M6 programme launched');
    const stale = await expectStatus(record('monitor', 'M6 programme launched', body, `"${version - 1}"`), 412);
    expect(stale.body).toMatchObject({ statusCode: 412, code: 'precondition_failed' });
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('lets exactly one of two monitors who read the same version write; the other gets 412', async () => {
    const { version } = await milestoneByTitle(t, 'M6 programme launched');
    const body = (narrative: string) => ({ effectiveDate: '2021-01-01', level: 1, narrative });
    const responses = await Promise.all([
      record('monitor', 'M6 programme launched', body('first'), `"${version}"`),
      record('admin', 'M6 programme launched', body('second'), `"${version}"`),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 412]);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM status_update u JOIN milestone m ON m.id = u.milestone_id WHERE m.title = $1`,
      ['M6 programme launched'],
    );
    expect(count).toBe(1);
  });

  it('refuses edits, deletes and truncation of recorded updates in the database itself', async () => {
    await expect(t.db.query(`UPDATE status_update SET narrative = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM status_update')).rejects.toThrow(/append-only/);
    await expect(t.db.query('TRUNCATE status_update CASCADE')).rejects.toThrow(/append-only/);
  });

  it('refuses in the database an update filed under another agreement than its milestone', async () => {
    const { id: milestoneId } = await milestoneByTitle(t, 'M6 programme launched');
    const [{ id: otherAgreementId }] = await t.db.query(
      `INSERT INTO agreement (slug, title, short_title, country, signed_on, scale_id)
       SELECT 'other', 'Other', 'Other', 'Elsewhere', '2015-01-01', id FROM assessment_scale WHERE code = 'pam'
       RETURNING id`,
    );
    await expect(
      t.db.query(
        `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, narrative, author_id, approved_at)
         SELECT $1, $2, '2022-01-01', scale_id, 1, 1, 'misfiled', (SELECT id FROM app_user LIMIT 1), now()
         FROM agreement WHERE id = $1`,
        [otherAgreementId, milestoneId],
      ),
    ).rejects.toThrow(/status_update_milestone_fkey/);
  });

  it('lets an unapproved update be approved once, not twice, and never before it was recorded', async () => {
    const { id: milestoneId } = await milestoneByTitle(t, 'M6 programme launched');
    const [{ id }] = await t.db.query(
      `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, narrative, author_id)
       SELECT m.agreement_id, m.id, '2022-01-01', a.scale_id, 1, 1, 'awaiting review', u.id
       FROM milestone m JOIN agreement a ON a.id = m.agreement_id, app_user u
       WHERE m.id = $1 AND u.email = 'monitor@example.org'
       RETURNING id`,
      [milestoneId],
    );
    await expect(
      t.db.query(`UPDATE status_update SET approved_at = recorded_at - interval '1 day' WHERE id = $1`, [id]),
    ).rejects.toThrow(/approved_after_recorded/);
    await t.db.query('UPDATE status_update SET approved_at = now() WHERE id = $1', [id]);
    await expect(t.db.query('UPDATE status_update SET approved_at = now() WHERE id = $1', [id])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('editing commitments and milestones', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  it('returns the version as ETag and applies a PATCH with the matching If-Match', async () => {
    const admin = await t.tokenFor('admin');
    const { id } = await milestoneByTitle(t, 'M6 programme launched');
    const read = await t.http.get(`/api/milestones/${id}`).auth(admin, { type: 'bearer' }).expect(200);
    const etag = read.headers['etag'];
    expect(etag).toBe(`"${read.body.version}-${read.body.asOf}"`);
    const patched = await t.http
      .patch(`/api/milestones/${id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', etag)
      .send({ dueDate: '2031-06-30' })
      .expect(200);
    expect(patched.body).toMatchObject({ dueDate: '2031-06-30', version: read.body.version + 1 });
    // The same ETag again is now stale: the second writer does not overwrite the first.
    await t.http
      .patch(`/api/milestones/${id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', etag)
      .send({ title: 'Overwrite' })
      .expect(412);
  });

  it('lets only an admin edit a commitment (monitor 403), with 428 and 412 rules', async () => {
    const admin = await t.tokenFor('admin');
    const list = await t.http
      .get(`/api/agreements/${t.agreementId}/commitments`)
      .query({ q: 'C4' })
      .auth(admin, { type: 'bearer' })
      .expect(200);
    const id = list.body.items[0].id;
    const read = await t.http.get(`/api/commitments/${id}`).auth(admin, { type: 'bearer' }).expect(200);
    await t.http
      .patch(`/api/commitments/${id}`)
      .auth(await t.tokenFor('monitor'), { type: 'bearer' })
      .set('If-Match', read.headers['etag'])
      .send({ title: 'Monitor edit' })
      .expect(403);
    await t.http.patch(`/api/commitments/${id}`).auth(admin, { type: 'bearer' }).send({ title: 'No lock' }).expect(428);
    const ok = await t.http
      .patch(`/api/commitments/${id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', read.headers['etag'])
      .send({ title: 'C4 reintegration programme (revised)', deadline: null })
      .expect(200);
    expect(ok.body).toMatchObject({ title: 'C4 reintegration programme (revised)', deadline: null });
    expect(ok.headers['etag']).toBe(`"${read.body.version + 1}-${read.body.asOf}"`);
    await t.http
      .patch(`/api/commitments/${id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', read.headers['etag'])
      .send({ title: 'Stale' })
      .expect(412);
  });
});

describe('many monitors at once on a small connection pool', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT, env: { DATABASE_POOL_SIZE: '2' } });
  });
  afterAll(() => t.close());

  it('answers 20 simultaneous updates of one milestone: one stored, 19 refused with 412, none hanging', async () => {
    const token = await t.tokenFor('monitor');
    const { id, version } = await milestoneByTitle(t, 'M6 programme launched');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        t.http
          .post(`/api/milestones/${id}/status-updates`)
          .auth(token, { type: 'bearer' })
          .set('If-Match', `"${version}"`)
          .send({ effectiveDate: '2021-01-01', level: 1, narrative: `writer ${index}` }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(19);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM status_update WHERE milestone_id = $1', [
      id,
    ]);
    expect(count).toBe(1);
  });
});
