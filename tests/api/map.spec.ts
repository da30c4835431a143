import { AgreementMapDto, DdrDashboardDto } from '@accord/shared';
import { milestoneByTitle } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/**
 * The map of the fixture, by hand. Regions: North XT-N, South XT-S, East XT-E (drawn in North),
 * Capital XT-C. M3 (L2 since 2015-09-01, due 2016-01-01) is in North and East, M5 (L1 since 2017-01-01)
 * in North, M4 (no update) in South.
 */
describe('map', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const bearer = async (role: TestRole) => ({ Authorization: `Bearer ${await t.tokenFor(role)}` });
  const map = async (asOf?: string, role: TestRole = 'viewer'): Promise<AgreementMapDto> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/map`)
        .query(asOf ? { asOf } : {})
        .set(await bearer(role))
        .expect(200)
    ).body;
  const figures = (result: AgreementMapDto) =>
    result.areas.map(({ feature, milestones, overdue, implementationRate }) => ({
      feature,
      milestones,
      overdue,
      implementationRate,
    }));

  it('gives the progress of the milestones of each shape, a milestone in two of its regions counted once', async () => {
    const result = await map('2018-12-31');
    expect(result).toMatchObject({ agreementId: t.agreementId, asOf: '2018-12-31', boundaryMap: null });
    expect(result.areas.map(({ feature, regions }) => ({ feature, regions }))).toEqual([
      {
        feature: 'XT-N',
        regions: [
          { code: 'XT-N', name: 'North' },
          { code: 'XT-E', name: 'East' },
        ],
      },
      { feature: 'XT-S', regions: [{ code: 'XT-S', name: 'South' }] },
      { feature: 'XT-C', regions: [{ code: 'XT-C', name: 'Capital' }] },
    ]);
    // North: M3 (2) and M5 (1) of 2 x 3 = 50%; M3 is past its deadline. South: M4 (0). Capital: nothing.
    expect(figures(result)).toEqual([
      { feature: 'XT-N', milestones: 2, overdue: 1, implementationRate: 50 },
      { feature: 'XT-S', milestones: 1, overdue: 0, implementationRate: 0 },
      { feature: 'XT-C', milestones: 0, overdue: 0, implementationRate: null },
    ]);
  });

  it('answers as of a past day: before M5 moved and before M3 was due', async () => {
    // North: M3 (2) and M5 (0) of 6 = 33.3%.
    expect(figures(await map('2015-12-31'))[0]).toEqual({
      feature: 'XT-N',
      milestones: 2,
      overdue: 0,
      implementationRate: 33.3,
    });
  });

  it('gives each site its state as of the day, from the day it took effect', async () => {
    const sites = (asOf: string) =>
      map(asOf).then((result) =>
        result.sites.map(({ name, kind, regionName, latitude, longitude, state, stateSince }) => ({
          name,
          kind,
          regionName,
          latitude,
          longitude,
          state,
          stateSince,
        })),
      );
    expect(await sites('2016-06-30')).toEqual([
      {
        name: 'Site North',
        kind: 'cantonment_site',
        regionName: 'North',
        latitude: 10.5,
        longitude: 20.25,
        state: 'operational',
        stateSince: '2016-03-01',
      },
      {
        name: 'Camp South',
        kind: 'moc_camp',
        regionName: 'South',
        latitude: null,
        longitude: null,
        state: null,
        stateSince: null,
      },
    ]);
    expect((await sites('2015-12-31'))[0]).toMatchObject({ state: 'planned', stateSince: '2015-10-01' });
    expect((await sites('2018-12-31'))[0]).toMatchObject({ state: 'suspended', stateSince: '2017-01-01' });
  });

  it('leaves a confidential milestone out for a reader without clearance', async () => {
    const m5 = await milestoneByTitle(t, 'M5 lists handed over');
    await t.db.query('UPDATE milestone SET confidential = true WHERE id = $1', [m5.id]);
    try {
      // The viewer: only M3 (2 of 3). The administrator, cleared: M3 and M5 as before.
      expect(figures(await map('2018-12-31'))[0]).toMatchObject({ milestones: 1, implementationRate: 66.7 });
      expect(figures(await map('2018-12-31', 'admin'))[0]).toMatchObject({ milestones: 2, implementationRate: 50 });
    } finally {
      await t.db.query('UPDATE milestone SET confidential = false WHERE id = $1', [m5.id]);
    }
  });

  it('sums the approved DDR cells of each stage by shape, and the DDR view lists the sites', async () => {
    const [{ id: disarmed, version }] = await t.db.query(
      `SELECT id, version FROM indicator WHERE code = 'ddr.disarmed' AND agreement_id = $1`,
      [t.agreementId],
    );
    const submitted = await t.http
      .post(`/api/indicators/${disarmed}/values`)
      .set(await bearer('monitor'))
      .set('If-Match', `"${version}"`)
      .send({
        asOf: '2019-03-01',
        note: 'Second round, by region.',
        cells: [
          { region: 'XT-N', value: 100 },
          { region: 'XT-E', value: 30 },
          { region: 'XT-S', value: 20 },
        ],
      })
      .expect(201);
    const before = (await map()).areas;
    expect(before.every((area) => area.ddr.length === 0)).toBe(true);

    await t.http
      .post(`/api/indicator-values/${submitted.body.history[0].id}/approval`)
      .set(await bearer('reviewer'))
      .expect(200);
    const after = await map();
    expect(after.areas.map(({ feature, ddr }) => ({ feature, ddr }))).toEqual([
      { feature: 'XT-N', ddr: [{ stage: 'disarmed', total: 130 }] },
      { feature: 'XT-S', ddr: [{ stage: 'disarmed', total: 20 }] },
      { feature: 'XT-C', ddr: [] },
    ]);
    // As of the day before the value described, the map had no split yet.
    expect((await map('2019-02-28')).areas.every((area) => area.ddr.length === 0)).toBe(true);

    const ddr: DdrDashboardDto = (
      await t.http
        .get(`/api/agreements/${t.agreementId}/ddr`)
        .set(await bearer('viewer'))
        .expect(200)
    ).body;
    expect(ddr.splits.filter((split) => split.dimension === 'region')).toEqual([
      { stage: 'disarmed', dimension: 'region', key: 'XT-N', value: 100 },
      { stage: 'disarmed', dimension: 'region', key: 'XT-E', value: 30 },
      { stage: 'disarmed', dimension: 'region', key: 'XT-S', value: 20 },
    ]);
    expect(ddr.sites.map((site) => site.name)).toEqual(['Site North', 'Camp South']);
  });
});
