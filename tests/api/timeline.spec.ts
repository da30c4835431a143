import { TimelineDto } from '@accord/shared';
import { submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Milestones against their deadlines, on the fixture: only M3 (due 2016-01-01, intermediate) and M6
 * (due 2030-01-01, no update) have one.
 */
describe('timeline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  const timeline = async (query: Record<string, string> = {}): Promise<TimelineDto> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/timeline`)
        .query(query)
        .auth(await t.tokenFor('viewer'), { type: 'bearer' })
        .expect(200)
    ).body;
  const states = (result: TimelineDto) =>
    result.items.map(({ milestoneTitle, state, completedOn, daysLate }) => ({
      milestoneTitle,
      state,
      completedOn,
      daysLate,
    }));

  it('places every milestone with a deadline: overdue, upcoming, by deadline', async () => {
    expect(states(await timeline({ asOf: '2020-01-01' }))).toEqual([
      { milestoneTitle: 'M3 sites chosen', state: 'overdue', completedOn: null, daysLate: 1461 },
      { milestoneTitle: 'M6 programme launched', state: 'upcoming', completedOn: null, daysLate: null },
    ]);
    expect(states(await timeline({ asOf: '2015-12-01' }))[0]).toMatchObject({ state: 'upcoming', daysLate: null });
  });

  it('tells done on time from done late, by the day the milestone first reached full', async () => {
    await submitUpdate(t, 'M3 sites chosen', { effectiveDate: '2016-03-01', level: 3, narrative: 'All sites chosen.' });
    await submitUpdate(t, 'M6 programme launched', { effectiveDate: '2021-01-01', level: 3, narrative: 'Launched.' });
    // Approved today: they count from today (as of 2022 they were not known yet).
    expect(states(await timeline({ asOf: '2022-01-01' }))[0]).toMatchObject({ state: 'overdue' });
    expect(states(await timeline())).toEqual([
      { milestoneTitle: 'M3 sites chosen', state: 'done_late', completedOn: '2016-03-01', daysLate: 60 },
      { milestoneTitle: 'M6 programme launched', state: 'done_on_time', completedOn: '2021-01-01', daysLate: null },
    ]);
    // Before M6 was done it was upcoming; before M3 was done, overdue.
    expect(states(await timeline({ asOf: '2016-02-01' }))[0]).toMatchObject({ state: 'overdue', daysLate: 31 });
  });

  it('filters by pillar and by party, a coalition including its movements', async () => {
    const [{ id: pillarA }] = await t.db.query(`SELECT id FROM pillar WHERE code = 'A' AND agreement_id = $1`, [
      t.agreementId,
    ]);
    expect((await timeline({ pillarId: pillarA })).items).toEqual([]);
    const [{ id: coalition }] = await t.db.query(`SELECT id FROM party WHERE acronym = 'COAL' AND agreement_id = $1`, [
      t.agreementId,
    ]);
    expect((await timeline({ partyId: coalition })).items.map((item) => item.milestoneTitle)).toEqual([
      'M3 sites chosen',
    ]);
  });
});
