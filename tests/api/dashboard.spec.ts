import { DashboardDto } from '@accord/shared';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { approve } from './support/fixture-queries';
import { startTestApp, TestApp } from './support/test-app';

// Every expected figure below is computed by hand from the fixture (see its header comment).
describe('agreement dashboard', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    token = await t.tokenFor('viewer');
  });
  afterAll(() => t.close());

  const dashboard = async (asOf?: string): Promise<DashboardDto> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/dashboard`)
        .query(asOf ? { asOf } : {})
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body;

  it('computes the PAM rate and the counts from the latest scores (levels 3, 1, 1, 0)', async () => {
    const today = await dashboard();
    expect(today.commitments).toBe(4);
    expect(today.milestones).toBe(6);
    // (3 + 1 + 1 + 0) / (4 x 3) x 100 = 41.67
    expect(today.implementationRate).toBe(41.7);
    expect(today.byLevel).toEqual([
      { level: 0, count: 1 },
      { level: 1, count: 2 },
      { level: 2, count: 0 },
      { level: 3, count: 1 },
    ]);
  });

  it('counts commitments by their worst milestone operational status', async () => {
    const { byOperationalStatus } = await dashboard();
    const counts = Object.fromEntries(byOperationalStatus.map(({ status, count }) => [String(status), count]));
    expect(counts).toEqual({ on_track: 1, delayed: 1, stalled: 1, null: 1 });
  });

  it('gives progress by pillar and by responsible party', async () => {
    const { byPillar, byParty } = await dashboard();
    expect(byPillar.map(({ label, commitments, rate }) => ({ label, commitments, rate }))).toEqual([
      { label: 'Political', commitments: 1, rate: 100 },
      { label: 'Security', commitments: 3, rate: 22.2 }, // (1 + 1 + 0) / 9
    ]);
    expect(byParty.map(({ label, commitments, rate }) => ({ label, commitments, rate }))).toEqual([
      { label: 'GOV', commitments: 3, rate: 44.4 }, // C1 3, C3 1, C4 0
      { label: 'COAL', commitments: 2, rate: 33.3 }, // its own C2 and its member MOV1's C3: 1 + 1 of 6
      { label: 'MOV1', commitments: 1, rate: 33.3 },
    ]);
    expect(byPillar[1].levels).toEqual([
      { level: 0, count: 1 },
      { level: 1, count: 2 },
      { level: 2, count: 0 },
      { level: 3, count: 0 },
    ]);
  });

  it('lists overdue commitments and milestones, not the full or future ones', async () => {
    const { overdue, overdueTotal } = await dashboard('2020-01-01');
    expect(overdueTotal).toBe(2);
    expect(overdue.map(({ kind, title, dueDate, daysOverdue }) => ({ kind, title, dueDate, daysOverdue }))).toEqual([
      { kind: 'milestone', title: 'M3 sites chosen', dueDate: '2016-01-01', daysOverdue: 1461 },
      { kind: 'commitment', title: 'C2 cantonment sites built', dueDate: '2016-06-01', daysOverdue: 1309 },
    ]);
  });

  it("answers as of today in the agreement's time zone when no date is given", async () => {
    const { asOf } = await dashboard();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(new Date());
    expect(asOf).toBe(today);
  });

  it('computes every figure as of a past date from the updates effective by then', async () => {
    const past = await dashboard('2016-02-01');
    // C1: M1 at 1, M2 unscored -> 1; C2: M3 2, M4 0 -> 1; C3 and C4 not initiated: (1 + 1) / 12
    expect(past.implementationRate).toBe(16.7);
    expect(past.byLevel.map(({ count }) => count)).toEqual([2, 2, 0, 0]);
    expect(past.overdue.map(({ title }) => title)).toEqual(['C1 elections held', 'M3 sites chosen']);
  });

  it('answers 404 in the error shape for an unknown agreement', async () => {
    const response = await t.http
      .get('/api/agreements/00000000-0000-4000-8000-000000000000/dashboard')
      .auth(token, { type: 'bearer' })
      .expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });
});

describe('figures as of a past date', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  it('leave out an update recorded today for a past date: it was not approved by then', async () => {
    const token = await t.tokenFor('monitor');
    const rateAsOf = async (asOf?: string) =>
      (
        await t.http
          .get(`/api/agreements/${t.agreementId}/dashboard`)
          .query(asOf ? { asOf } : {})
          .auth(token, { type: 'bearer' })
          .expect(200)
      ).body.implementationRate;
    const before = { past: await rateAsOf('2016-02-01'), today: await rateAsOf() };
    const [milestone] = await t.db.query(`SELECT id, version FROM milestone WHERE title = 'M4 sites operational'`);
    const submitted = await t.http
      .post(`/api/milestones/${milestone.id}/status-updates`)
      .auth(token, { type: 'bearer' })
      .set('If-Match', `"${milestone.version}"`)
      .send({
        effectiveDate: '2016-01-15',
        level: 3,
        narrative: 'Reported late: the sites were ready in January 2016.',
      })
      .expect(201);
    await approve(t, submitted.body.history[0].id);
    // A report for 1 February 2016 says what was known then: the same figure as before.
    expect(await rateAsOf('2016-02-01')).toBe(before.past);
    // Today the late report counts: C2 goes from minimal (M3 2, M4 0) to intermediate (M3 2, M4 3).
    expect(before.today).toBe(41.7);
    expect(await rateAsOf()).toBe(50);
  });
});
