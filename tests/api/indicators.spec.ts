import {
  IndicatorDetailDto,
  IndicatorDto,
  IndicatorValueListItemDto,
  IndicatorValueQuery,
  Page,
  ReviewState,
} from '@accord/shared';
import { writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/** The indicator routes, called on the app that `app` answers (started in a `beforeAll`). */
function indicatorCalls(app: () => TestApp) {
  const bearer = async (role: TestRole) => ({ Authorization: `Bearer ${await app().tokenFor(role)}` });
  const list = async (asOf?: string, role: TestRole = 'viewer'): Promise<IndicatorDto[]> =>
    (
      await app()
        .http.get(`/api/agreements/${app().agreementId}/indicators`)
        .query(asOf ? { asOf } : {})
        .set(await bearer(role))
        .expect(200)
    ).body;
  const byCode = (indicators: IndicatorDto[], code: string) => indicators.find((item) => item.code === code)!;
  const detail = async (code: string, role: TestRole = 'monitor'): Promise<IndicatorDetailDto & { etag: string }> => {
    const { id } = byCode(await list(), code);
    const response = await app()
      .http.get(`/api/indicators/${id}`)
      .set(await bearer(role))
      .expect(200);
    return { ...response.body, etag: response.headers['etag'] };
  };
  const submit = async (code: string, body: object, role: TestRole = 'monitor') => {
    const indicator = await detail(code, role);
    return app()
      .http.post(`/api/indicators/${indicator.id}/values`)
      .set(await bearer(role))
      .set('If-Match', `"${indicator.version}"`)
      .send(body);
  };
  return { bearer, list, byCode, detail, submit };
}

/** Indicators against the fixture's values, computed by hand (see small-agreement.fixture.ts). */
describe('indicators', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const { bearer, list, byCode, detail, submit } = indicatorCalls(() => t);

  it('gives each indicator its latest approved value as of today, with the progress towards its target', async () => {
    const indicators = await list();
    expect(indicators.map((item) => item.code)).toEqual(['ddr.registered', 'ddr.disarmed', 'ddr.integrated']);
    const registered = byCode(indicators, 'ddr.registered');
    expect(registered).toMatchObject({ ddrStage: 'registered', target: 1000, progress: 80 });
    expect(registered.current).toMatchObject({ asOf: '2017-06-01', total: 800, reviewState: 'approved' });
    expect(registered.current?.cells).toEqual(
      expect.arrayContaining([
        { sex: 'male', armedGroup: 'COAL', value: 450 },
        { sex: 'female', armedGroup: 'COAL', value: 50 },
        { sex: 'male', armedGroup: 'MOV1', value: 300 },
      ]),
    );
    expect(byCode(indicators, 'ddr.disarmed')).toMatchObject({ progress: 15, current: { total: 150 } });
    expect(byCode(indicators, 'ddr.integrated')).toMatchObject({ current: null, progress: null });
  });

  it('gives the DDR chain: each stage against its target, its history and its current splits', async () => {
    const ddr = (
      await t.http
        .get(`/api/agreements/${t.agreementId}/ddr`)
        .set(await bearer('viewer'))
        .expect(200)
    ).body;
    expect(ddr.stages.map((stage: { stage: string }) => stage.stage)).toEqual([
      'registered',
      'disarmed',
      'demobilized',
      'integrated',
      'reintegrated',
    ]);
    expect(ddr.stages[0]).toMatchObject({
      name: 'Combatants registered',
      total: 800,
      target: 1000,
      progress: 80,
      valueAsOf: '2017-06-01',
    });
    expect(ddr.stages[1]).toMatchObject({ total: 150, target: 1000, progress: 15 });
    expect(ddr.stages[2]).toMatchObject({ indicatorId: null, total: null });
    expect(ddr.stages[3]).toMatchObject({ name: 'Combatants integrated', total: null, progress: null });
    expect(ddr.series[0]).toEqual({
      stage: 'registered',
      points: [
        { asOf: '2016-01-01', total: 400 },
        { asOf: '2017-06-01', total: 800 },
      ],
    });
    // 450 + 300 men and 50 women; 450 + 50 of the coalition and 300 of the movement.
    expect(ddr.splits).toEqual([
      { stage: 'registered', dimension: 'armed_group', key: 'COAL', value: 500 },
      { stage: 'registered', dimension: 'armed_group', key: 'MOV1', value: 300 },
      { stage: 'registered', dimension: 'sex', key: 'male', value: 750 },
      { stage: 'registered', dimension: 'sex', key: 'female', value: 50 },
    ]);

    const past = (
      await t.http
        .get(`/api/agreements/${t.agreementId}/ddr`)
        .query({ asOf: '2016-06-30' })
        .set(await bearer('viewer'))
        .expect(200)
    ).body;
    expect(past.stages[0]).toMatchObject({ total: 400, progress: 40 });
    expect(past.stages[1]).toMatchObject({ total: null });
    expect(past.series[0].points).toEqual([{ asOf: '2016-01-01', total: 400 }]);
    expect(past.splits).toEqual([]);
  });

  it('answers as of a past date from the values known then', async () => {
    const indicators = await list('2016-06-30');
    expect(byCode(indicators, 'ddr.registered')).toMatchObject({
      asOf: '2016-06-30',
      progress: 40,
      current: { total: 400 },
    });
    expect(byCode(indicators, 'ddr.disarmed').current).toBeNull();
  });

  it('refuses cells that do not add up to the total with 400, and stores nothing', async () => {
    const before = await writeFingerprint(t);
    const response = await submit('ddr.registered', {
      asOf: '2020-01-01',
      total: 1000,
      note: 'Does not add up.',
      cells: [
        { sex: 'male', armedGroup: 'COAL', value: 600 },
        { sex: 'female', armedGroup: 'COAL', value: 100 },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: { cells: 'cellsDoNotAddUp' } });
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('names every other fault of a value: a dimension the indicator lacks, an unknown group, a future date', async () => {
    const response = await submit('ddr.registered', {
      asOf: '2999-01-01',
      note: 'Several faults.',
      cells: [
        { region: 'XT-N', value: 10 },
        { armedGroup: 'NOBODY', value: 5 },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({
      'cells.0': 'dimensionNotOfIndicator',
      'cells.1.armedGroup': 'unknownParty',
      asOf: 'dateInFuture',
    });
  });

  it('refuses a region the agreement does not have, naming the cell', async () => {
    const before = await writeFingerprint(t);
    const response = await submit('ddr.disarmed', {
      asOf: '2019-03-01',
      note: 'A region by name rather than by code.',
      cells: [
        { region: 'XT-N', value: 10 },
        { region: 'Gao', value: 5 },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({ 'cells.1.region': 'unknownRegion' });
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('counts a submitted value only once a reviewer approves it; cells alone give the total', async () => {
    const submitted = await submit('ddr.disarmed', {
      asOf: '2019-03-01',
      note: 'Second round.',
      cells: [
        { region: 'XT-N', value: 250 },
        { region: 'XT-S', value: 150 },
      ],
    });
    expect(submitted.status).toBe(201);
    const pending = submitted.body.history[0];
    expect(pending).toMatchObject({ total: 400, reviewState: 'submitted' });
    expect(byCode(await list(), 'ddr.disarmed').current?.total).toBe(150);
    // A viewer does not see it; the reviewer does.
    expect((await detail('ddr.disarmed', 'viewer')).history.map((value) => value.id)).not.toContain(pending.id);

    const approved = await t.http
      .post(`/api/indicator-values/${pending.id}/approval`)
      .set(await bearer('reviewer'))
      .expect(200);
    expect(approved.body).toMatchObject({ progress: 40, current: { id: pending.id, total: 400 } });
    expect(byCode(await list(), 'ddr.disarmed')).toMatchObject({ progress: 40 });
    await t.http
      .post(`/api/indicator-values/${pending.id}/approval`)
      .set(await bearer('reviewer'))
      .expect(409);
  });

  it('refuses a stale If-Match with 412 and stores nothing', async () => {
    const indicator = await detail('ddr.integrated');
    const before = await writeFingerprint(t);
    await t.http
      .post(`/api/indicators/${indicator.id}/values`)
      .set(await bearer('monitor'))
      .set('If-Match', `"${indicator.version - 1}"`)
      .send({ asOf: '2019-08-31', total: 1000, note: 'Stale.' })
      .expect(412);
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('leaves a returned value out, with its reason for the author', async () => {
    const submitted = await submit('ddr.integrated', { asOf: '2019-08-31', total: 1000, note: 'About 1,000.' });
    const returned = await t.http
      .post(`/api/indicator-values/${submitted.body.history[0].id}/return`)
      .set(await bearer('reviewer'))
      .send({ reason: 'Give the source.' })
      .expect(200);
    expect(returned.body).toMatchObject({
      current: null,
      history: [{ reviewState: 'returned', returnReason: 'Give the source.' }],
    });
  });
});

/**
 * The values of an agreement for the review queue, as for status updates. Besides the fixture's three
 * approved values (by the monitor: registered 400 and 800, disarmed 150), newest first:
 *   C  integrated 300, confidential, by the administrator   submitted
 *   B  disarmed 400 (Gao 250 + Kidal 150), by the monitor    submitted
 *   A  integrated 100, by the monitor                        returned ("Give the source.")
 * The reviewer is not cleared for confidential values; the administrator is.
 */
describe('indicator values for review', () => {
  let t: TestApp;
  const { bearer, submit } = indicatorCalls(() => t);
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

  const values = async (role: TestRole, query: IndicatorValueQuery = {}): Promise<Page<IndicatorValueListItemDto>> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/indicator-values`)
        .query(query)
        .set(await bearer(role))
        .expect(200)
    ).body;
  /** The values of a page by their letter (A, B, C) or, for the fixture's, their indicator and total. */
  const names = (page: Page<IndicatorValueListItemDto>) =>
    page.items.map(
      (value) =>
        Object.entries(ids)
          .find(([, id]) => id === value.id)?.[0]
          .toUpperCase() ?? `${value.indicatorCode} ${value.total}`,
    );

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    const a = await submit('ddr.integrated', { asOf: '2019-01-31', total: 100, note: 'Estimate.' });
    ids.a = a.body.history[0].id;
    await t.http
      .post(`/api/indicator-values/${ids.a}/return`)
      .set(await bearer('reviewer'))
      .send({ reason: 'Give the source.' })
      .expect(200);
    const b = await submit('ddr.disarmed', {
      asOf: '2019-03-01',
      note: 'Second round.',
      cells: [
        { region: 'XT-S', value: 150 },
        { region: 'XT-N', value: 250 },
      ],
    });
    ids.b = b.body.history[0].id;
    const c = await submit(
      'ddr.integrated',
      { asOf: '2019-06-30', total: 300, note: 'Names of commanders.', confidential: true },
      'admin',
    );
    ids.c = c.body.history[0].id;
  });
  afterAll(() => t.close());

  it('gives reviewers the queue of submitted values with what each measures, leaving out confidential ones', async () => {
    const queue = await values('reviewer', { state: ReviewState.Submitted });
    expect(queue).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(queue.items).toEqual([
      expect.objectContaining({
        id: ids.b,
        indicatorCode: 'ddr.disarmed',
        indicatorName: 'Combatants disarmed',
        unit: 'people',
        asOf: '2019-03-01',
        total: 400,
        cells: [
          { region: 'XT-N', value: 250 },
          { region: 'XT-S', value: 150 },
        ],
        note: 'Second round.',
        authorName: 'Moussa Monitor',
        reviewState: 'submitted',
        reviewerName: null,
      }),
    ]);
    expect(names(await values('admin', { state: ReviewState.Submitted }))).toEqual(['C', 'B']);
  });

  it('shows a viewer approved values only, and a monitor their own pending and returned ones besides', async () => {
    expect(names(await values('viewer'))).toEqual(['ddr.disarmed 150', 'ddr.registered 800', 'ddr.registered 400']);
    expect(await values('viewer', { state: ReviewState.Submitted })).toMatchObject({
      items: [],
      total: 0,
    });
    expect(names(await values('monitor'))).toEqual([
      'B',
      'A',
      'ddr.disarmed 150',
      'ddr.registered 800',
      'ddr.registered 400',
    ]);
    const returned = await values('monitor', { mine: true, state: ReviewState.Returned });
    expect(returned.items).toEqual([
      expect.objectContaining({
        id: ids.a,
        reviewState: 'returned',
        returnReason: 'Give the source.',
        reviewerName: 'Rokia Reviewer',
      }),
    ]);
  });

  it('filters by indicator and by author', async () => {
    const [integrated] = await t.db.query(
      `SELECT id FROM indicator WHERE code = 'ddr.integrated' AND agreement_id = $1`,
      [t.agreementId],
    );
    expect(names(await values('reviewer', { indicatorId: integrated.id }))).toEqual(['A']);
    expect(names(await values('admin', { indicatorId: integrated.id }))).toEqual(['C', 'A']);
    const [admin] = await t.db.query(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    expect(names(await values('admin', { authorId: admin.id }))).toEqual(['C']);
    // The reviewer is not cleared: the administrator's confidential value is not theirs to see.
    expect(names(await values('reviewer', { authorId: admin.id }))).toEqual([]);
  });

  it('pages newest first, and still counts the values on a page past the end', async () => {
    // Six values for the administrator: C, B, A, then the fixture's three.
    expect(names(await values('admin', { pageSize: 2 }))).toEqual(['C', 'B']);
    const third = await values('admin', { page: 3, pageSize: 2 });
    expect(third).toMatchObject({ total: 6, page: 3, pageSize: 2 });
    expect(names(third)).toEqual(['ddr.registered 800', 'ddr.registered 400']);
    expect(await values('admin', { page: 4, pageSize: 2 })).toEqual({ items: [], total: 6, page: 4, pageSize: 2 });
  });

  it('refuses an unknown state or page size with 400', async () => {
    for (const query of [{ state: 'pending' }, { pageSize: 101 }, { indicatorId: 'x' }]) {
      await t.http
        .get(`/api/agreements/${t.agreementId}/indicator-values`)
        .query(query)
        .set(await bearer('reviewer'))
        .expect(400);
    }
  });

  it('takes an approved value out of the queue', async () => {
    await t.http
      .post(`/api/indicator-values/${ids.b}/approval`)
      .set(await bearer('reviewer'))
      .expect(200);
    expect(await values('reviewer', { state: ReviewState.Submitted })).toMatchObject({
      items: [],
      total: 0,
    });
    expect(names(await values('viewer', { state: ReviewState.Approved }))).toEqual([
      'B',
      'ddr.disarmed 150',
      'ddr.registered 800',
      'ddr.registered 400',
    ]);
  });
});
