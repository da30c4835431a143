import { DashboardDto, TrendDto, TrendPointDto } from '@accord/shared';
import { milestoneByTitle, submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/**
 * The trend computes all its months in one pass (commitment_levels_as_of, Trend migration); the
 * dashboard computes one day by commitment_status_as_of. After a history that exercises each of their
 * rules, every month of the trend must give the dashboard's figures as of its last day: for a reader
 * without clearance, for one with it, and for each pillar.
 *
 * The agreement is moved to Havana, whose clocks went back from 01:00 to 00:00 on 1 November 2015: the
 * end of 31 October 2015 is an ambiguous local midnight (PostgreSQL takes the later one, 05:00 UTC).
 */
const TIME_ZONE = 'America/Havana';

interface Recorded {
  milestone: string;
  effectiveDate: string;
  level?: number;
  status?: 'on_track' | 'delayed' | 'stalled' | 'cancelled';
  /** Wall-clock time of the approval in the agreement's time zone; null: not approved (pending). */
  approved: string | null;
  /** The approval as an instant instead, for a wall-clock time that names two. */
  approvedInstant?: string;
  confidential?: boolean;
}

/** Recorded straight into the table, as if approved at a past time (the API approves now). */
const HISTORY: Recorded[] = [
  // Approved at 00:30 of the first of the two midnights that ended 31 October 2015: counts on 31 October.
  {
    milestone: 'M6',
    effectiveDate: '2015-10-20',
    level: 1,
    approved: null,
    approvedInstant: '2015-11-01T04:30:00Z',
  },
  // The last second of a month, then the first second of the next one.
  { milestone: 'M6', effectiveDate: '2015-11-20', level: 2, approved: '2015-11-30 23:59:59' },
  { milestone: 'M2', effectiveDate: '2017-05-20', level: 1, approved: '2017-06-01 00:00:00' },
  // Reported seven months late: counts from September 2016, not from February.
  { milestone: 'M4', effectiveDate: '2016-02-01', level: 2, approved: '2016-09-15 10:00' },
  // Cancelled, then on track again.
  { milestone: 'M3', effectiveDate: '2016-07-01', status: 'cancelled', approved: '2016-07-10 09:00' },
  { milestone: 'M3', effectiveDate: '2017-03-01', status: 'on_track', approved: '2017-03-02 09:00' },
  // Three updates effective the same day: the one recorded last counts, each from its approval.
  { milestone: 'M1', effectiveDate: '2017-08-01', level: 2, approved: '2017-08-05 09:00' },
  { milestone: 'M1', effectiveDate: '2017-08-01', level: 1, approved: '2017-08-05 09:30' },
  { milestone: 'M1', effectiveDate: '2017-08-01', level: 3, approved: '2017-10-03 12:00' },
  // Effective before M5's latest update (2017-01-01) and approved long after it: never counts.
  { milestone: 'M5', effectiveDate: '2016-12-15', level: 0, approved: '2018-03-03 12:00' },
  // Confidential: for the cleared reader only.
  { milestone: 'M6', effectiveDate: '2018-05-01', level: 3, approved: '2018-05-02 08:00', confidential: true },
  { milestone: 'M6', effectiveDate: '2019-02-01', status: 'delayed', approved: '2019-02-01 08:00' },
  // Pending: never counts.
  { milestone: 'M2', effectiveDate: '2018-01-01', level: 0, approved: null },
  // Approved before the day it takes effect: counts from that day.
  { milestone: 'M3', effectiveDate: '2019-06-15', level: 3, approved: '2019-05-01 08:00' },
  // C3's only milestone cancelled: level 0.
  { milestone: 'M5', effectiveDate: '2020-01-01', status: 'cancelled', approved: '2020-01-02 08:00' },
  // A confidential level, then a confidential cancellation.
  { milestone: 'M3', effectiveDate: '2020-06-01', level: 1, approved: '2020-06-03 08:00', confidential: true },
  {
    milestone: 'M3',
    effectiveDate: '2021-01-01',
    status: 'cancelled',
    approved: '2021-01-01 10:00',
    confidential: true,
  },
];

async function record(t: TestApp, update: Recorded): Promise<void> {
  const milestone = await milestoneByTitle(t, milestoneTitle(update.milestone));
  await t.db.query(
    `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, operational_status,
                                narrative, author_id, recorded_at, approved_at, confidential)
     SELECT a.id, $2, $3, a.scale_id, $4, l.pam_score, $5, 'Recorded for the trend equivalence.', u.id,
            coalesce(approval.at, now()) - interval '1 day', approval.at, $8
     FROM agreement a
     JOIN app_user u ON u.email = 'monitor@example.org'
     LEFT JOIN assessment_level l ON l.scale_id = a.scale_id AND l.value = $4
     CROSS JOIN LATERAL (SELECT coalesce($7::timestamptz, $6::timestamp AT TIME ZONE a.time_zone) AS at) approval
     WHERE a.id = $1`,
    [
      t.agreementId,
      milestone.id,
      update.effectiveDate,
      update.level ?? null,
      update.status ?? null,
      update.approved,
      update.approvedInstant ?? null,
      update.confidential ?? false,
    ],
  );
}

const milestoneTitle = (code: string) => {
  const title = SMALL_AGREEMENT.commitments
    .flatMap((commitment) => commitment.milestones)
    .find((milestone) => milestone.title.startsWith(`${code} `))?.title;
  if (!title) throw new Error(`No milestone ${code} in the fixture`);
  return title;
};

describe('the trend and the dashboard, month by month', () => {
  let t: TestApp;
  let pillarIds: string[];
  let today: string;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    await t.db.query(`UPDATE agreement_member SET confidential_access = true WHERE role = 'reviewer'`);
    await t.db.query('UPDATE agreement SET time_zone = $2 WHERE id = $1', [t.agreementId, TIME_ZONE]);
    // Through the API, approved now: a late report, a cancellation, a confidential level.
    await submitUpdate(t, milestoneTitle('M4'), {
      effectiveDate: '2016-01-15',
      level: 3,
      narrative: 'Reported late: the sites were ready in January 2016.',
    });
    await submitUpdate(t, milestoneTitle('M1'), {
      effectiveDate: '2022-03-01',
      operationalStatus: 'cancelled',
      narrative: 'The law was repealed.',
    });
    await submitUpdate(
      t,
      milestoneTitle('M6'),
      { effectiveDate: '2023-01-01', level: 2, narrative: 'Pilot programme, names attached.', confidential: true },
      { author: 'admin' },
    );
    for (const update of HISTORY) await record(t, update);
    // A confidential milestone: left out of the uncleared reader's figures altogether.
    await t.db.query('UPDATE milestone SET confidential = true WHERE id = $1', [
      (await milestoneByTitle(t, milestoneTitle('M4'))).id,
    ]);
    pillarIds = (
      await t.db.query('SELECT id FROM pillar WHERE agreement_id = $1 ORDER BY position', [t.agreementId])
    ).map(({ id }: { id: string }) => id);
    today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
  });
  afterAll(() => t.close());

  const get = async <T>(path: string, query: Record<string, string>, role: TestRole): Promise<T> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/${path}`)
        .query(query)
        .auth(await t.tokenFor(role), { type: 'bearer' })
        .expect(200)
    ).body;

  it.each([
    ['a reader without clearance', 'viewer'],
    ['a reader cleared for confidential items', 'reviewer'],
  ] as const)(
    "gives, for %s, every month's dashboard figures as of its last day, for the agreement and each pillar",
    async (_, role) => {
      const range = { from: '2015-06', to: today.slice(0, 7) };
      const trend = await get<TrendDto>('trend', range, role);
      const byPillar = await Promise.all(
        pillarIds.map((pillarId) => get<TrendDto>('trend', { ...range, pillarId }, role)),
      );
      const [year, month] = today.split('-').map(Number);
      expect(trend.points).toHaveLength((year - 2015) * 12 + month - 6 + 1);
      for (const [index, point] of trend.points.entries()) {
        const dashboard = await get<DashboardDto>('dashboard', { asOf: point.asOf }, role);
        const { month: pointMonth, asOf } = point;
        expect({ month: pointMonth, asOf, figures: figuresOf(point) }).toEqual({
          month: pointMonth,
          asOf,
          figures: {
            commitments: dashboard.commitments,
            implementationRate: dashboard.implementationRate,
            byLevel: dashboard.byLevel,
          },
        });
        for (const [pillarIndex, pillarId] of pillarIds.entries()) {
          const group = dashboard.byPillar.find(({ id }) => id === pillarId);
          expect({ month: pointMonth, pillarId, figures: figuresOf(byPillar[pillarIndex].points[index]) }).toEqual({
            month: pointMonth,
            pillarId,
            figures: { commitments: group?.commitments, implementationRate: group?.rate, byLevel: group?.levels },
          });
        }
      }
    },
  );

  it('moves with the history: the ambiguous midnight, the late report, confidential items', async () => {
    const rates = async (role: TestRole, from: string, to: string) =>
      (await get<TrendDto>('trend', { from, to }, role)).points.map(({ implementationRate }) => implementationRate);
    // End of October 2015, for the cleared reader: C1 1 (M1 1, M2 0), C2 1 (M3 2, M4 0), C3 0, C4 1
    // (approved at 00:30 before the clocks went back): 3 / 12. Without clearance M4 is left out: C2 2, 4 / 12.
    expect(await rates('reviewer', '2015-10', '2015-10')).toEqual([25]);
    expect(await rates('viewer', '2015-10', '2015-10')).toEqual([33.3]);
    // End of August 2016, cleared: C1 3, C2 0 (M3 cancelled in July, M4 not assessed yet), C3 0, C4 2: 5 / 12.
    // M4's report of February, approved on 15 September, makes C2 2 at the end of September: 7 / 12.
    // Without clearance M4 is left out, C2's every milestone is cancelled (level 0) and nothing moves.
    expect(await rates('reviewer', '2016-08', '2016-09')).toEqual([41.7, 58.3]);
    expect(await rates('viewer', '2016-08', '2016-09')).toEqual([41.7, 41.7]);
  });

  it('gives the levels of commitment_status_as_of on every day an update counts from, and the days around', async () => {
    for (const confidential of [false, true]) {
      const differences = await t.db.query(
        `WITH days AS (
           SELECT array_agg(DISTINCT day) AS list FROM (
             SELECT u.effective_date + shift AS day FROM status_update u, generate_series(-1, 1) shift
             WHERE u.agreement_id = $1
             UNION ALL
             SELECT (u.approved_at AT TIME ZONE a.time_zone)::date + shift
             FROM status_update u JOIN agreement a ON a.id = u.agreement_id, generate_series(-1, 1) shift
             WHERE u.agreement_id = $1 AND u.approved_at IS NOT NULL
             UNION ALL
             SELECT '2015-01-01'::date
           ) d
         ),
         expected AS (
           SELECT day, s.commitment_id, s.pam_level
           FROM days, unnest(days.list) day, commitment_status_as_of($1, day, $2) s
         ),
         actual AS (SELECT l.* FROM days, commitment_levels_as_of($1, days.list, $2) l)
         SELECT 'missing' AS problem, * FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) m
         UNION ALL
         SELECT 'unexpected', * FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) u`,
        [t.agreementId, confidential],
      );
      expect({ confidential, differences }).toEqual({ confidential, differences: [] });
    }
  });
});

const figuresOf = ({ commitments, implementationRate, byLevel }: TrendPointDto) => ({
  commitments,
  implementationRate,
  byLevel,
});
