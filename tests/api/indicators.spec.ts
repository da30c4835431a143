import { IndicatorDetailDto, IndicatorDto } from '@accord/shared';
import { writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/** Indicators against the fixture's values, computed by hand (see small-agreement.fixture.ts). */
describe('indicators', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const bearer = async (role: TestRole) => ({ Authorization: `Bearer ${await t.tokenFor(role)}` });
  const list = async (asOf?: string, role: TestRole = 'viewer'): Promise<IndicatorDto[]> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/indicators`)
        .query(asOf ? { asOf } : {})
        .set(await bearer(role))
        .expect(200)
    ).body;
  const byCode = (indicators: IndicatorDto[], code: string) => indicators.find((item) => item.code === code)!;
  const detail = async (code: string, role: TestRole = 'monitor'): Promise<IndicatorDetailDto & { etag: string }> => {
    const { id } = byCode(await list(), code);
    const response = await t.http
      .get(`/api/indicators/${id}`)
      .set(await bearer(role))
      .expect(200);
    return { ...response.body, etag: response.headers['etag'] };
  };
  const submit = async (code: string, body: object, role: TestRole = 'monitor') => {
    const indicator = await detail(code, role);
    return t.http
      .post(`/api/indicators/${indicator.id}/values`)
      .set(await bearer(role))
      .set('If-Match', `"${indicator.version}"`)
      .send(body);
  };

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
        { region: 'Gao', value: 10 },
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

  it('counts a submitted value only once a reviewer approves it; cells alone give the total', async () => {
    const submitted = await submit('ddr.disarmed', {
      asOf: '2019-03-01',
      note: 'Second round.',
      cells: [
        { region: 'Gao', value: 250 },
        { region: 'Kidal', value: 150 },
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
