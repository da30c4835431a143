import { CommitmentDetailDto, CommitmentListItemDto, Page } from '@accord/shared';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

describe('browsing commitments', () => {
  let t: TestApp;
  let token: string;
  let pillarIds: Record<string, string>;
  let partyIds: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    token = await t.tokenFor('viewer');
    const agreement = (await t.http.get(`/api/agreements/${t.agreementId}`).auth(token, { type: 'bearer' }).expect(200))
      .body;
    pillarIds = Object.fromEntries(
      agreement.pillars.map((pillar: { code: string; id: string }) => [pillar.code, pillar.id]),
    );
    partyIds = Object.fromEntries(
      agreement.parties.map((party: { acronym: string; id: string }) => [party.acronym, party.id]),
    );
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string | number | boolean> = {}): Promise<Page<CommitmentListItemDto>> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/commitments`)
        .query(query)
        .auth(token, { type: 'bearer' })
        .expect(200)
    ).body;
  const titles = (page: Page<CommitmentListItemDto>) => page.items.map((item) => item.title.slice(0, 2));

  it('pages on the server with the total', async () => {
    const first = await list({ pageSize: 3 });
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(titles(first)).toEqual(['C1', 'C2', 'C3']);
    expect(titles(await list({ pageSize: 3, page: 2 }))).toEqual(['C4']);
  });

  it.each([
    ['pillar', () => ({ pillarId: pillarIds['B'] }), ['C2', 'C3', 'C4']],
    ['party, a coalition including its member movements', () => ({ partyId: partyIds['COAL'] }), ['C2', 'C3']],
    ['party, a movement', () => ({ partyId: partyIds['MOV1'] }), ['C3']],
    ['operational status', () => ({ status: 'stalled' }), ['C3']],
    ['no operational status', () => ({ status: 'none' }), ['C4']],
    ['PAM level', () => ({ level: 1 }), ['C2', 'C3']],
    ['overdue', () => ({ overdue: true }), ['C2']],
    ['free text in the text, case-insensitive', () => ({ q: 'HAND OVER' }), ['C3']],
    ['free text with LIKE wildcards taken literally', () => ({ q: '%' }), []],
    ['several filters at once', () => ({ pillarId: pillarIds['B'], level: 0 }), ['C4']],
  ])('filters by %s', async (_name, query, expected) => {
    expect(titles(await list(query()))).toEqual(expected);
  });

  it('sorts by deadline with undated commitments last', async () => {
    expect(titles(await list({ sort: 'deadline' }))).toEqual(['C1', 'C2', 'C4', 'C3']);
  });

  it('shows one commitment with its article, parties, milestones and full history', async () => {
    const { items } = await list({ q: 'C1 elections' });
    const response = await t.http.get(`/api/commitments/${items[0].id}`).auth(token, { type: 'bearer' }).expect(200);
    const detail: CommitmentDetailDto = response.body;
    expect(response.headers['etag']).toBe(`"${detail.version}-${detail.asOf}"`);
    expect(detail).toMatchObject({
      reference: 'Art. 1',
      section: { number: '1', heading: 'Cantonment', body: 'Fighters gather in sites.' },
      pillar: { code: 'A' },
      parties: [{ acronym: 'GOV' }],
      deadline: '2016-01-01',
      pamLevel: 3,
      operationalStatus: 'on_track',
      overdue: false,
    });
    expect(detail.milestones.map((milestone) => [milestone.title, milestone.level, milestone.history.length])).toEqual([
      ['M1 electoral law adopted', 3, 2],
      ['M2 elections held', 3, 1],
    ]);
    expect(detail.milestones[0].history[1]).toMatchObject({
      effectiveDate: '2015-08-01',
      level: 1,
      operationalStatus: 'on_track',
      narrative: 'Draft law tabled.',
      authorName: 'Moussa Monitor',
    });
  });

  it('answers 404 for an unknown commitment', async () => {
    await t.http
      .get('/api/commitments/00000000-0000-4000-8000-000000000000')
      .auth(token, { type: 'bearer' })
      .expect(404);
  });
});
