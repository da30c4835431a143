import { ChangesDto, DashboardDto, TrendDto, TrendPointDto } from '@accord/shared';
import { performance } from 'node:perf_hooks';
import { submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

// Every expected figure below is computed by hand from the fixture (see its header comment and the
// comments of dashboard.spec.ts). Levels (C1, C2, C3, C4) and the PAM rate, sum / 12:
//   2015-06-30  0 0 0 0   0.0
//   2015-08-31  1 0 0 0   8.3   M1 L1 on_track (2015-08-01)
//   2016-02-01  1 1 0 0  16.7   M3 L2 delayed (2015-09-01): C2 mean (2 + 0) / 2 = 1; C1 overdue since 2016-01-01
//   2016-03-31  1 1 0 0  16.7   M1 L3 (2016-03-01), M2 unscored: C1 mean 1.5 -> 1
//   2016-05-31  3 1 0 0  33.3   M2 L3 (2016-05-01): C1 3, no longer overdue; C2 overdue from 2016-06-01
//   2017-01-31  3 1 1 0  41.7   M5 L1 (2017-01-01)
//   today       3 1 1 0  41.7   M5 stalled (2018-01-01); registered 800 (2017-06-01), disarmed 150 (2018-11-20)

const todayUtc = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(new Date());
const daysFrom = (day: string, to: string) => (Date.parse(to) - Date.parse(day)) / 86_400_000;

function progressClient(t: TestApp) {
  const get = async (path: string, query: Record<string, string>, role: TestRole, status: number) =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/${path}`)
        .query(query)
        .auth(await t.tokenFor(role), { type: 'bearer' })
        .expect(status)
    ).body;
  return {
    changes: (query: Record<string, string>, role: TestRole = 'viewer'): Promise<ChangesDto> =>
      get('changes', query, role, 200),
    trend: (query: Record<string, string> = {}, role: TestRole = 'viewer'): Promise<TrendDto> =>
      get('trend', query, role, 200),
    dashboard: (asOf: string, role: TestRole = 'viewer'): Promise<DashboardDto> =>
      get('dashboard', { asOf }, role, 200),
    refused: (path: 'changes' | 'trend', query: Record<string, string>, status = 400) =>
      get(path, query, 'viewer', status),
  };
}

describe('what changed since a date', () => {
  let t: TestApp;
  let api: ReturnType<typeof progressClient>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    api = progressClient(t);
  });
  afterAll(() => t.close());

  it('compares 1 February 2016 with today: rate, changed commitments, newly overdue, indicators, updates', async () => {
    const today = todayUtc();
    const changes = await api.changes({ since: '2016-02-01' });
    expect(changes).toMatchObject({ agreementId: t.agreementId, since: '2016-02-01', until: today });
    // (1 + 1 + 0 + 0) / 12 = 16.7 then (3 + 1 + 1 + 0) / 12 = 41.7: 25 points more.
    expect(changes.implementationRate).toEqual({ before: 16.7, after: 41.7, difference: 25 });
    // C1: M1 and M2 reached L3, still on track (M1's last status); C3: M5 L1 and stalled. C2 and C4 as they were.
    expect(
      changes.commitments.map(({ title, pillarName, before, after }) => ({ title, pillarName, before, after })),
    ).toEqual([
      {
        title: 'C1 elections held',
        pillarName: 'Political',
        before: { level: 1, status: 'on_track' },
        after: { level: 3, status: 'on_track' },
      },
      {
        title: 'C3 combatant lists handed over',
        pillarName: 'Security',
        before: { level: 0, status: null },
        after: { level: 1, status: 'stalled' },
      },
    ]);
    expect(changes.commitments[1].reference).toBe('Art. 3');
    // C2's deadline (2016-06-01) passed at level 1; M3 and C1 were overdue already on 1 February 2016.
    expect(changes.newlyOverdue).toEqual([
      expect.objectContaining({
        kind: 'commitment',
        title: 'C2 cantonment sites built',
        dueDate: '2016-06-01',
        daysOverdue: daysFrom('2016-06-01', today),
        pamLevel: 1,
      }),
    ]);
    // Registered 400 (2016-01-01) -> 800 (2017-06-01); disarmed none -> 150; integrated none on both days.
    expect(
      changes.indicators.map(({ code, before, after, beforeAsOf, afterAsOf }) => ({
        code,
        before,
        after,
        beforeAsOf,
        afterAsOf,
      })),
    ).toEqual([
      { code: 'ddr.registered', before: 400, after: 800, beforeAsOf: '2016-01-01', afterAsOf: '2017-06-01' },
      { code: 'ddr.disarmed', before: null, after: 150, beforeAsOf: null, afterAsOf: '2018-11-20' },
    ]);
    // M1 2016-03-01, M2 2016-05-01, M5 2017-01-01 and 2018-01-01.
    expect(changes.statusUpdates).toBe(4);
  });

  it('names the milestones and commitments that fell overdue in the window, oldest due date first', async () => {
    const changes = await api.changes({ since: '2015-12-01', until: '2016-02-01' });
    // C1 (deadline 2016-01-01, level 1) and M3 (due 2016-01-01, L2): 31 days overdue on 1 February.
    expect(
      changes.newlyOverdue.map(({ kind, title, daysOverdue, pamLevel }) => ({ kind, title, daysOverdue, pamLevel })),
    ).toEqual([
      { kind: 'commitment', title: 'C1 elections held', daysOverdue: 31, pamLevel: 1 },
      { kind: 'milestone', title: 'M3 sites chosen', daysOverdue: 31, pamLevel: 2 },
    ]);
    expect(changes.implementationRate).toEqual({ before: 16.7, after: 16.7, difference: 0 });
    expect(changes.commitments).toEqual([]);
    expect(changes.statusUpdates).toBe(0);
    // The first registration figure (as of 2016-01-01) is the one change of indicators.
    expect(changes.indicators.map(({ code, before, after }) => ({ code, before, after }))).toEqual([
      { code: 'ddr.registered', before: null, after: 400 },
    ]);
  });

  it('reports nothing between two days when nothing happened (February to November 2018), and on one day', async () => {
    const quiet = await api.changes({ since: '2018-02-01', until: '2018-11-01' });
    expect(quiet).toMatchObject({
      implementationRate: { before: 41.7, after: 41.7, difference: 0 },
      commitments: [],
      newlyOverdue: [],
      indicators: [],
      statusUpdates: 0,
    });
    const sameDay = await api.changes({ since: '2016-03-01', until: '2016-03-01' });
    expect(sameDay).toMatchObject({ commitments: [], newlyOverdue: [], indicators: [], statusUpdates: 0 });
  });

  it('answers 400 with a field code for a reversed window, an invalid or missing date, a future day', async () => {
    const codes = async (query: Record<string, string>) => (await api.refused('changes', query)).errors;
    expect(await codes({ since: '2017-01-01', until: '2016-01-01' })).toEqual({ since: 'rangeReversed' });
    expect(await codes({ since: '2016-02-30' })).toEqual({ since: 'isDate' });
    expect(await codes({ since: '2016-01-01', until: '01/02/2016' })).toEqual({ until: 'isDate' });
    expect(await codes({})).toEqual({ since: 'required' });
    expect(await codes({ since: '2016-01-01', until: '2999-01-01' })).toEqual({ until: 'dateInFuture' });
    expect(await codes({ since: '2999-01-01' })).toEqual({ since: 'dateInFuture' });
    const response = await api.refused('changes', { since: '2016-01-01', asOf: '2016-01-01' });
    expect(response).toMatchObject({ statusCode: 400, code: 'validation_failed', errors: { asOf: 'unknownField' } });
  });
});

describe('the PAM rate month by month', () => {
  let t: TestApp;
  let api: ReturnType<typeof progressClient>;
  let pillarIds: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    api = progressClient(t);
    const pillars: { id: string; code: string }[] = await t.db.query(
      'SELECT id, code FROM pillar WHERE agreement_id = $1',
      [t.agreementId],
    );
    pillarIds = Object.fromEntries(pillars.map(({ code, id }) => [code, id]));
  });
  afterAll(() => t.close());

  const pointOf = (trend: TrendDto, month: string): TrendPointDto => {
    const point = trend.points.find((candidate) => candidate.month === month);
    if (!point) throw new Error(`No point for ${month}`);
    return point;
  };

  it("gives the rate at the end of each month, the dashboard's rate as of that day", async () => {
    const trend = await api.trend({ from: '2015-06', to: '2017-01' });
    expect(trend).toMatchObject({ agreementId: t.agreementId, pillarId: null, from: '2015-06', to: '2017-01' });
    expect(trend.points).toHaveLength(20);
    expect(trend.points[0]).toMatchObject({ month: '2015-06', asOf: '2015-06-30', commitments: 4 });
    expect(pointOf(trend, '2016-02').asOf).toBe('2016-02-29');
    // See the table at the top of this file.
    const expected: [string, string, number][] = [
      ['2015-07', '2015-07-31', 0],
      ['2015-08', '2015-08-31', 8.3],
      ['2016-03', '2016-03-31', 16.7],
      ['2016-05', '2016-05-31', 33.3],
      ['2017-01', '2017-01-31', 41.7],
    ];
    for (const [month, lastDay, rate] of expected) {
      const point = pointOf(trend, month);
      const dashboard = await api.dashboard(lastDay);
      expect({ month, asOf: point.asOf, rate: point.implementationRate, byLevel: point.byLevel }).toEqual({
        month,
        asOf: lastDay,
        rate,
        byLevel: dashboard.byLevel,
      });
      expect(point.implementationRate).toBe(dashboard.implementationRate);
    }
    // End of May 2016: C1 3, C2 1, C3 and C4 0.
    expect(pointOf(trend, '2016-05').byLevel.map(({ count }) => count)).toEqual([2, 1, 0, 1]);
  });

  it('gives the trend of one pillar, as the dashboard gives its progress', async () => {
    const security = await api.trend({ from: '2016-05', to: '2017-01', pillarId: pillarIds['B'] });
    expect(security.pillarId).toBe(pillarIds['B']);
    // Pillar B holds C2, C3 and C4: (1 + 0 + 0) / 9 = 11.1 at the end of May 2016, (1 + 1 + 0) / 9 = 22.2 in January 2017.
    expect(pointOf(security, '2016-05')).toMatchObject({ commitments: 3, implementationRate: 11.1 });
    expect(pointOf(security, '2017-01')).toMatchObject({ commitments: 3, implementationRate: 22.2 });
    for (const [month, lastDay] of [
      ['2016-05', '2016-05-31'],
      ['2017-01', '2017-01-31'],
    ]) {
      const byPillar = (await api.dashboard(lastDay)).byPillar.find((group) => group.id === pillarIds['B']);
      expect(pointOf(security, month)).toMatchObject({ implementationRate: byPillar?.rate, byLevel: byPillar?.levels });
    }
    // Pillar A holds C1 alone: full from May 2016.
    const political = await api.trend({ from: '2016-04', to: '2016-05', pillarId: pillarIds['A'] });
    expect(political.points.map(({ implementationRate }) => implementationRate)).toEqual([33.3, 100]);
  });

  it('runs by default from the month of signature to the current month, taken as of today', async () => {
    const today = todayUtc();
    const trend = await api.trend();
    expect(trend.from).toBe('2015-06');
    expect(trend.to).toBe(today.slice(0, 7));
    const last = trend.points[trend.points.length - 1];
    expect(last).toMatchObject({ month: today.slice(0, 7), asOf: today, implementationRate: 41.7 });
    const [year, month] = today.split('-').map(Number);
    expect(trend.points).toHaveLength((year - 2015) * 12 + month - 6 + 1);
  });

  it('answers 400 with a field code for reversed or too long ranges, bad months and future months; 404 for another pillar', async () => {
    const codes = async (query: Record<string, string>) => (await api.refused('trend', query)).errors;
    expect(await codes({ from: '2017-01', to: '2016-12' })).toEqual({ from: 'rangeReversed' });
    // 241 months.
    expect(await codes({ from: '2000-01', to: '2020-01' })).toEqual({ from: 'rangeTooLong' });
    expect((await api.trend({ from: '2000-02', to: '2020-01' })).points).toHaveLength(240);
    expect(await codes({ from: '2016-13' })).toEqual({ from: 'isMonth' });
    expect(await codes({ to: '2016-01-01' })).toEqual({ to: 'isMonth' });
    expect(await codes({ to: '2999-01' })).toEqual({ to: 'dateInFuture' });
    expect(await codes({ pillarId: 'B' })).toEqual({ pillarId: 'isUuid' });
    const other = await api.refused('trend', { pillarId: '00000000-0000-4000-8000-000000000000' }, 404);
    expect(other).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('logs how long both endpoints take on the fixture', async () => {
    const token = await t.tokenFor('viewer');
    const time = async (label: string, path: string, query: Record<string, string>) => {
      const runs: number[] = [];
      for (let run = 0; run < 21; run++) {
        const started = performance.now();
        await t.http
          .get(`/api/agreements/${t.agreementId}/${path}`)
          .query(query)
          .auth(token, { type: 'bearer' })
          .expect(200);
        runs.push(performance.now() - started);
      }
      runs.shift(); // the first call warms up the plan caches
      runs.sort((a, b) => a - b);
      return `${label}: median ${runs[runs.length >> 1].toFixed(1)} ms, max ${runs[runs.length - 1].toFixed(1)} ms`;
    };
    const lines = [
      await time('changes since 2016-02-01', 'changes', { since: '2016-02-01' }),
      await time('dashboard (for comparison)', 'dashboard', {}),
      await time('trend, 20 months', 'trend', { from: '2015-06', to: '2017-01' }),
      await time('trend, from signature to now', 'trend', {}),
      await time('trend, 240 months', 'trend', { from: '2005-01', to: '2024-12' }),
    ];
    console.log(`Progress endpoints on the small fixture (HTTP round trip, 20 runs):\n${lines.join('\n')}`);
  });
});

describe('what changed, as it was known at each end of the window', () => {
  let t: TestApp;
  let api: ReturnType<typeof progressClient>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    api = progressClient(t);
  });
  afterAll(() => t.close());

  it('leaves the figures of `since` alone when a late report for an earlier day is approved after it', async () => {
    // Reported today: M4 was at L3 on 15 January 2016. C2 becomes (2 + 3) / 2 = 2.5 -> 2.
    await submitUpdate(t, 'M4 sites operational', {
      effectiveDate: '2016-01-15',
      level: 3,
      narrative: 'Reported late: the sites were ready in January 2016.',
    });
    const changes = await api.changes({ since: '2016-02-01' });
    // Before: as known on 1 February 2016, without the late report. After: (3 + 2 + 1 + 0) / 12 = 50.
    expect(changes.implementationRate).toEqual({ before: 16.7, after: 50, difference: 33.3 });
    expect(changes.commitments.find(({ title }) => title === 'C2 cantonment sites built')).toMatchObject({
      before: { level: 1, status: 'delayed' },
      after: { level: 2, status: 'delayed' },
    });
    // Effective before the window: not one of its updates.
    expect(changes.statusUpdates).toBe(4);
    // A window that ended before the approval does not see the report at all.
    const then = await api.changes({ since: '2016-01-01', until: '2016-02-01' });
    expect(then).toMatchObject({ commitments: [], statusUpdates: 0 });
    expect(then.implementationRate).toEqual({ before: 16.7, after: 16.7, difference: 0 });
  });

  it('counts a confidential update only for readers cleared to see it', async () => {
    await t.db.query(`UPDATE agreement_member SET confidential_access = true WHERE role = 'reviewer'`);
    const before = await api.changes({ since: '2016-02-01' });
    const submitted = await submitUpdate(
      t,
      'M6 programme launched',
      { effectiveDate: '2019-01-01', level: 2, narrative: 'Pilot programme, names attached.', confidential: true },
      { author: 'admin' },
    );
    expect(submitted.history[0].reviewState).toBe('approved');
    const viewer = await api.changes({ since: '2016-02-01' });
    expect(viewer).toEqual(before);
    // The reviewer sees C4 at level 2: (3 + 2 + 1 + 2) / 12 = 66.7, and one more update in the window.
    const reviewer = await api.changes({ since: '2016-02-01' }, 'reviewer');
    expect(reviewer.implementationRate.after).toBe(66.7);
    expect(reviewer.commitments.find(({ title }) => title === 'C4 reintegration programme')).toMatchObject({
      before: { level: 0, status: null },
      after: { level: 2, status: null },
    });
    expect(reviewer.statusUpdates).toBe(viewer.statusUpdates + 1);
    // Approved today: the current month's point (as of today) counts it for the reviewer only.
    const month = todayUtc().slice(0, 7);
    expect((await api.trend({ from: month, to: month })).points[0].implementationRate).toBe(50);
    expect((await api.trend({ from: month, to: month }, 'reviewer')).points[0].implementationRate).toBe(66.7);
  });
});
