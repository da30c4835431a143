import { ReportDetailDto, ReportDto } from '@accord/shared';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Response } from 'supertest';
import { PrintedReports } from '../../backend/src/reports/pdf/printed-reports';
import { ReportPdf } from '../../backend/src/reports/pdf/report-pdf';
import { reportContentHash } from '../../backend/src/reports/reports.service';
import { approve, milestoneByTitle, submitUpdate } from './support/fixture-queries';
import { pdfText } from './support/pdf-text';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

// Figures computed by hand from the fixture (see its header and progress.spec.ts). As of 30 June 2016:
//   C1 L3 (M1 L3 2016-03-01, M2 L3 2016-05-01), not overdue although its deadline (2016-01-01) passed
//   C2 L1 delayed: M3 L2 (2015-09-01), M4 none: floor(2 / 2); overdue since 2016-06-01 (29 days)
//   C3 L0, C4 L0; M3 overdue since 2016-01-01 (181 days: 2016 is a leap year)
//   PAM rate (3 + 1 + 0 + 0) / 12 = 33.3; levels 0: 2, 1: 1, 2: 0, 3: 1
// On the signing day (2015-06-01, the default start of "what changed") every level is 0 and the rate 0.0.
const DAY = '2016-06-30';
const todayUtc = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(new Date());

/** Reads a binary answer (a PDF) as a Buffer. */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

function reportsClient(t: TestApp) {
  const as = async (role: TestRole) => ({ token: await t.tokenFor(role) });
  return {
    generate: async (body: object, role: TestRole = 'monitor', status = 201) =>
      (
        await t.http
          .post(`/api/agreements/${t.agreementId}/reports`)
          .auth((await as(role)).token, { type: 'bearer' })
          .send(body)
          .expect(status)
      ).body,
    detail: async (id: string, role: TestRole = 'monitor', status = 200): Promise<ReportDetailDto> =>
      (
        await t.http
          .get(`/api/reports/${id}`)
          .auth((await as(role)).token, { type: 'bearer' })
          .expect(status)
      ).body,
    list: async (role: TestRole): Promise<ReportDto[]> =>
      (
        await t.http
          .get(`/api/agreements/${t.agreementId}/reports`)
          .auth((await as(role)).token, { type: 'bearer' })
          .expect(200)
      ).body.items,
    pdf: async (id: string, role: TestRole = 'monitor'): Promise<{ bytes: Buffer; response: Response }> => {
      const response = await t.http
        .get(`/api/reports/${id}/pdf`)
        .auth((await as(role)).token, { type: 'bearer' })
        .buffer(true)
        .parse(binary)
        .expect(200);
      return { bytes: response.body as Buffer, response };
    },
  };
}

/** Whether `texts` appear in `text` in this order. */
function inOrder(text: string, texts: string[]): boolean {
  let from = 0;
  for (const part of texts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('the PDF of the demo agreement', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { ACCORD_DEMO_PASSWORD: 'report-demo-password' } });
  });
  afterAll(async () => {
    delete process.env['ACCORD_DEMO_PASSWORD'];
    await t.close();
  });

  it('prints the Mali agreement at the end of 2023, and says how long it took and how much memory', async () => {
    const [{ id: agreementId }] = await t.db.query('SELECT id FROM agreement');
    const token = await t.tokenFor('admin');
    const report = await t.http
      .post(`/api/agreements/${agreementId}/reports`)
      .auth(token, { type: 'bearer' })
      .send({ asOf: '2023-12-31', previousAsOf: '2022-12-31', language: 'en' })
      .expect(201);
    const started = performance.now();
    const pdf = await t.http
      .get(`/api/reports/${report.body.id}/pdf`)
      .auth(token, { type: 'bearer' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const elapsed = performance.now() - started;
    const { pages, text } = pdfText(pdf.body);
    const apart = printApart(report.body);
    const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    console.log(
      `Demo PDF (Mali, as of 2023-12-31, English): ${pages} pages, ${(pdf.body.length / 1024).toFixed(0)} KB; ` +
        `through the API ${elapsed.toFixed(0)} ms. Printed in a Node process of its own: ` +
        `${apart.firstMs.toFixed(0)} ms the first time, ${apart.againMs.toFixed(0)} ms again; resident memory ` +
        `${megabytes(apart.rssBefore)} before, peak ${megabytes(apart.peakRss)} (+${megabytes(apart.peakRss - apart.rssBefore)})`,
    );
    expect(apart.bytes).toBe(pdf.body.length);
    expect(text).toContain('Agreement for Peace and Reconciliation in Mali');
    // 50 commitments in four pillars, 20 overdue items, the map of Mali's regions.
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(text).toContain('Tombouctou · Taoudénit');
  });
});

/**
 * Prints a report twice with the server's ReportPdf in a Node process of its own (its sources compiled as
 * the server's build compiles them), and says what it cost.
 */
const PRINT_STDIN = `
require('ts-node').register({ project: 'backend/tsconfig.app.json', transpileOnly: true });
const { loadConfig, register } = require('tsconfig-paths');
const { absoluteBaseUrl, paths } = loadConfig('tsconfig.base.json');
register({ baseUrl: absoluteBaseUrl, paths });
const { ReportPdf } = require('./backend/src/reports/pdf/report-pdf');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const printer = new ReportPdf({ get: () => undefined });
  const rssBefore = process.memoryUsage().rss;
  let started = performance.now();
  const bytes = (await printer.render(report)).length;
  const firstMs = performance.now() - started;
  started = performance.now();
  await printer.render(report);
  const againMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ bytes, firstMs, againMs, rssBefore, peakRss }));
});`;

function printApart(report: ReportDetailDto) {
  const printed = spawnSync(process.execPath, ['-e', PRINT_STDIN], {
    input: JSON.stringify(report),
    cwd: resolve(__dirname, '../..'),
    encoding: 'utf8',
  });
  if (printed.status !== 0) throw new Error(`Printing apart failed: ${printed.stderr}`);
  return JSON.parse(printed.stdout) as {
    bytes: number;
    firstMs: number;
    againMs: number;
    rssBefore: number;
    peakRss: number;
  };
}

describe('status reports', () => {
  let t: TestApp;
  let api: ReturnType<typeof reportsClient>;
  const reportCount = async () => Number((await t.db.query('SELECT count(*) FROM report'))[0].count);
  /** Submits an update as the monitor, to approve later; answers its id. */
  const submitLate = async (
    milestoneTitle: string,
    body: { effectiveDate: string; level: number; narrative: string },
  ) => {
    const milestone = await submitUpdate(t, milestoneTitle, body, { approve: false });
    const submitted = milestone.history.find((update) => update.narrative === body.narrative);
    if (!submitted) throw new Error(`No update "${body.narrative}" on ${milestoneTitle}`);
    return submitted.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    api = reportsClient(t);
  });
  afterAll(() => t.close());

  describe('as of a day', () => {
    let first: ReportDetailDto;

    beforeAll(async () => {
      first = await api.generate({ asOf: DAY, language: 'en' });
    });

    it('computes the figures of the end of the day, since the signing day by default', () => {
      expect(first).toMatchObject({
        agreementId: t.agreementId,
        asOf: DAY,
        previousAsOf: '2015-06-01',
        language: 'en',
        filters: { pillarId: null },
        includesConfidential: false,
        generatedByName: 'Moussa Monitor',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const { figures } = first;
      expect(figures.summary.current).toEqual({
        commitments: 4,
        implementationRate: 33.3,
        byLevel: [
          { level: 0, count: 2 },
          { level: 1, count: 1 },
          { level: 2, count: 0 },
          { level: 3, count: 1 },
        ],
      });
      expect(figures.summary.previous).toMatchObject({ commitments: 4, implementationRate: 0 });
      // C1 0 -> 3 and C2 0 -> 1; C3 and C4 did not move.
      expect(figures.moved).toEqual({ raised: 2, lowered: 0, statusOnly: 0 });
      expect(
        figures.commitments.map(({ title, pamLevel, operationalStatus, overdue }) => [
          title,
          pamLevel,
          operationalStatus,
          // Null for a commitment without a deadline.
          overdue === true,
        ]),
      ).toEqual([
        ['C1 elections held', 3, 'on_track', false],
        ['C2 cantonment sites built', 1, 'delayed', true],
        ['C3 combatant lists handed over', 0, null, false],
        ['C4 reintegration programme', 0, null, false],
      ]);
      expect(figures.overdue.map(({ kind, title, daysOverdue }) => [kind, title, daysOverdue])).toEqual([
        ['milestone', 'M3 sites chosen', 181],
        ['commitment', 'C2 cantonment sites built', 29],
      ]);
      // Registered 400 as of 2016-01-01 (of 1,000: 40 %); disarmed and integrated not yet.
      expect(
        figures.indicators.map(({ code, value, valueAsOf, progress }) => [code, value, valueAsOf, progress]),
      ).toEqual([
        ['ddr.registered', 400, '2016-01-01', 40],
        ['ddr.disarmed', null, null, null],
        ['ddr.integrated', null, null, null],
      ]);
      // The updates behind C1 and C2 in the period: M1 twice and M2, then M3.
      expect(figures.references.map(({ milestoneTitle, effectiveDate }) => [milestoneTitle, effectiveDate])).toEqual([
        ['M1 electoral law adopted', '2015-08-01'],
        ['M1 electoral law adopted', '2016-03-01'],
        ['M2 elections held', '2016-05-01'],
        ['M3 sites chosen', '2015-09-01'],
      ]);
      expect(figures.changes.statusUpdates).toBe(4);
    });

    it('hashes the canonical JSON of what it holds, and keeps it as it was generated', async () => {
      const stored = await api.detail(first.id, 'viewer');
      expect(stored).toEqual(first);
      const { asOf, previousAsOf, language, filters, includesConfidential, figures } = stored;
      expect(reportContentHash({ asOf, previousAsOf, language, filters, includesConfidential, figures })).toBe(
        first.contentHash,
      );
    });

    it('gives the same figures and hash for the same day after later updates, approved since, effective before and after it', async () => {
      // Effective before the day but approved today: M4 (C2) at L3 with a link, M5 (C3) at L2, disarmed 100.
      const m4 = await submitLate('M4 sites operational', {
        effectiveDate: '2016-04-01',
        level: 3,
        narrative: 'Sites, late.',
      });
      await t.http
        .post(`/api/status-updates/${m4}/evidence/links`)
        .auth(await t.tokenFor('monitor'), { type: 'bearer' })
        .send({ title: 'Late report', url: 'https://example.org/late', reliability: 'B' })
        .expect(201);
      await approve(t, m4);
      await approve(
        t,
        await submitLate('M5 lists handed over', { effectiveDate: '2016-06-15', level: 2, narrative: 'Lists, late.' }),
      );
      const [disarmed] = await t.db.query(`SELECT id, version FROM indicator WHERE code = 'ddr.disarmed'`);
      const value = await t.http
        .post(`/api/indicators/${disarmed.id}/values`)
        .auth(await t.tokenFor('monitor'), { type: 'bearer' })
        .set('If-Match', `"${disarmed.version}"`)
        .send({ asOf: '2016-05-01', total: 100, note: 'Reported late.' })
        .expect(201);
      const late = value.body.history.find(({ note }: { note: string }) => note === 'Reported late.');
      await t.http
        .post(`/api/indicator-values/${late.id}/approval`)
        .auth(await t.tokenFor('reviewer'), { type: 'bearer' })
        .expect(200);
      // Effective after the day: M6 (C4) at L1.
      await approve(
        t,
        await submitLate('M6 programme launched', { effectiveDate: '2020-01-01', level: 1, narrative: 'Launched.' }),
      );

      const again = await api.generate({ asOf: DAY, language: 'en' }, 'reviewer');
      expect(again.id).not.toBe(first.id);
      expect(again.figures).toEqual(first.figures);
      expect(again.contentHash).toBe(first.contentHash);

      // Today the late updates count: C1 3, C2 floor((2 + 3) / 2) = 2, C3 1 (its L1 of 2017 is later than the
      // L2 of 2016), C4 1: 7 / 12 = 58.3; disarmed 150 (2018-11-20) is still the latest.
      const today = await api.generate({ asOf: todayUtc(), language: 'en' }, 'reviewer');
      expect(today.figures.summary.current.implementationRate).toBe(58.3);
      expect(today.contentHash).not.toBe(first.contentHash);
    });

    it('names the evidence behind every change, with its reliability and link, in the figures and the PDF', async () => {
      // Since 31 January 2016, C2 moved by M4's late update (with its link) and C3 by M5's; today counts them.
      const report = await api.generate({ asOf: todayUtc(), previousAsOf: '2016-01-31', language: 'en' });
      const m4 = report.figures.references.find(({ milestoneTitle }) => milestoneTitle === 'M4 sites operational');
      expect(m4).toEqual({
        commitmentId: expect.any(String),
        milestoneTitle: 'M4 sites operational',
        effectiveDate: '2016-04-01',
        sourceLinks: [],
        evidence: [
          {
            kind: 'link',
            title: 'Late report',
            evidenceDate: null,
            reliability: 'B',
            url: 'https://example.org/late',
            fileName: null,
            sha256: null,
          },
        ],
      });
      const { text } = pdfText((await api.pdf(report.id)).bytes);
      expect(text).toContain('Art. 2 — C2 cantonment sites built');
      expect(text).toContain('M4 sites operational — April 1, 2016');
      expect(text).toContain('Late report — B · usually reliable — https://example.org/late');
    });

    it('starts "what changed" by default at the latest earlier report the reader sees', async () => {
      const later = await api.generate({ asOf: '2017-01-31', language: 'en' });
      expect(later.previousAsOf).toBe(DAY);
      // From 30 June 2016 to 31 January 2017 C3 rose (M5 L1 of 2017-01-01; the late L2 was approved since).
      expect(later.figures.changes.commitments.map(({ title }) => title)).toEqual(['C3 combatant lists handed over']);
      expect(later.figures.summary.previous.implementationRate).toBe(33.3);
    });

    it('limits the commitments to a pillar, and says so in the hash', async () => {
      const [security] = await t.db.query(`SELECT id FROM pillar WHERE code = 'B' AND agreement_id = $1`, [
        t.agreementId,
      ]);
      const report = await api.generate({
        asOf: DAY,
        previousAsOf: '2016-01-31',
        language: 'en',
        pillarId: security.id,
      });
      expect(report.filters).toEqual({ pillarId: security.id });
      expect(report.figures.pillar).toEqual({ id: security.id, name: 'Security' });
      // Pillar B: C2 L1, C3 L0, C4 L0: 1 / 9 = 11.1; on 31 January 2016 the same.
      expect(report.figures.summary.current).toMatchObject({ commitments: 3, implementationRate: 11.1 });
      expect(report.figures.summary.previous).toMatchObject({ commitments: 3, implementationRate: 11.1 });
      expect(report.figures.commitments.map(({ title }) => title)).toEqual([
        'C2 cantonment sites built',
        'C3 combatant lists handed over',
        'C4 reintegration programme',
      ]);
      // C2 fell overdue on 2016-06-01; C1 (pillar A) moved but is not covered.
      expect(report.figures.changes.newlyOverdue.map(({ title }) => title)).toEqual(['C2 cantonment sites built']);
      expect(report.figures.changes.commitments).toEqual([]);
    });
  });

  describe('the PDF', () => {
    let english: ReportDetailDto;

    beforeAll(async () => {
      english = await api.generate({ asOf: DAY, previousAsOf: '2016-01-31', language: 'en' });
    });

    it('has a cover, contents, every section in order, page numbers and the figures of the day', async () => {
      const { bytes, response } = await api.pdf(english.id, 'viewer');
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain('Test-Accord-2016-06-30-en.pdf');
      const { pages, text } = pdfText(bytes);
      expect(pages).toBeGreaterThanOrEqual(10);
      expect(text).toContain('Test Accord for Peace');
      expect(text).toContain('Status report as of June 30, 2016');
      expect(text).toContain(english.contentHash);
      expect(
        inOrder(text, [
          'Contents',
          'Executive summary',
          'Charts',
          'Progress by pillar',
          'Progress by responsible party',
          'Progress by region',
          'The DDR chain against its targets',
          'Pillar: Political',
          'Pillar: Security',
          'Overdue commitments and milestones',
          'What changed since January 31, 2016',
          'Indicators',
          'Evidence for the changes',
        ]),
      ).toBe(true);
      expect(text).toContain('Page 1 of');
      expect(text).toContain(`Page ${pages} of ${pages}`);
      // The summary: 16.7 % on 31 January 2016 (C1 L1, C2 L1), 33.3 % on 30 June; C1 moved.
      expect(text).toMatch(/Implementation rate \(PAM\) 16\.7% 33\.3% \+16\.6 points/);
      expect(text).toContain('Since January 31, 2016: 1 commitments rose a level, 0 fell a level');
      expect(text).toContain('C1 elections held');
    });

    it('prints the same file each time it is asked for', async () => {
      const [one, two] = [await api.pdf(english.id), await api.pdf(english.id)];
      expect(one.bytes.equals(two.bytes)).toBe(true);
    });

    it('prints a report once and keeps it: later downloads, and those asked at once, get the stored file', async () => {
      const report = await api.generate({ asOf: '2016-05-31', language: 'en' });
      const printer = t.app.get(ReportPdf);
      const render = jest.spyOn(printer, 'render');
      try {
        const atOnce = await Promise.all([api.pdf(report.id), api.pdf(report.id, 'viewer'), api.pdf(report.id)]);
        const later = await api.pdf(report.id, 'reviewer');
        expect(render).toHaveBeenCalledTimes(1);

        const key = t.app.get(PrintedReports).keyOf(report);
        expect(key).toMatch(new RegExp(`^${report.id}-[0-9a-f]{32}\\.pdf$`));
        const stored = readFileSync(join(t.dataDir, 'reports', key));
        for (const { bytes } of [...atOnce, later]) expect(bytes.equals(stored)).toBe(true);
        // The stored file is what the printer prints of the report.
        expect((await printer.render(report)).equals(stored)).toBe(true);
      } finally {
        render.mockRestore();
      }
    });

    it('is all in French when asked in French', async () => {
      const french = await api.generate({ asOf: DAY, previousAsOf: '2016-01-31', language: 'fr' });
      const { text } = pdfText((await api.pdf(french.id)).bytes);
      expect(
        inOrder(text, [
          'Rapport de situation au 30 juin 2016',
          'Sommaire',
          'Synthèse',
          'Graphiques',
          'Avancement par pilier',
          'Pilier : Political',
          'Engagements et jalons en retard',
          'Ce qui a changé depuis le 31 janvier 2016',
          'Indicateurs',
          'Justificatifs des évolutions',
        ]),
      ).toBe(true);
      expect(text).toMatch(/Page 1 sur \d+/);
      // French numbers: a comma for decimals and a (no-break) space before the percent sign.
      expect(text).toMatch(/Taux de mise en œuvre \(PAM\) 16,7\s%\s33,3\s%/);
      for (const english of ['Executive summary', 'Contents', 'Status report', 'Page 1 of']) {
        expect(text).not.toContain(english);
      }
    });
  });

  describe('who sees what', () => {
    it("leaves a confidential milestone out of a viewer's report, and the cleared reviewer's report out of the viewer's reach", async () => {
      const m3 = await milestoneByTitle(t, 'M3 sites chosen');
      await t.db.query('UPDATE milestone SET confidential = true WHERE id = $1', [m3.id]);
      await t.db.query(`UPDATE agreement_member SET confidential_access = true WHERE role = 'reviewer'`);

      const viewers = await api.generate({ asOf: DAY, language: 'en' }, 'viewer');
      const reviewers = await api.generate({ asOf: DAY, language: 'en' }, 'reviewer');
      expect(viewers.includesConfidential).toBe(false);
      expect(reviewers.includesConfidential).toBe(true);
      // Without M3, C2 stands at level 0 (M4's late L3 does not count on the day): 3 / 12 = 25.0.
      expect(viewers.figures.summary.current.implementationRate).toBe(25);
      expect(reviewers.figures.summary.current.implementationRate).toBe(33.3);
      expect(JSON.stringify(viewers.figures)).not.toContain('M3 sites chosen');
      expect(JSON.stringify(reviewers.figures)).toContain('M3 sites chosen');
      expect(viewers.figures.withheld).toEqual({ milestones: 1, statusUpdates: 0 });

      await api.detail(reviewers.id, 'viewer', 404);
      await t.http
        .get(`/api/reports/${reviewers.id}/pdf`)
        .auth(await t.tokenFor('viewer'), { type: 'bearer' })
        .expect(404);
      expect((await api.list('viewer')).map(({ id }) => id)).not.toContain(reviewers.id);
      expect((await api.list('reviewer')).map(({ id }) => id)).toEqual(
        expect.arrayContaining([viewers.id, reviewers.id]),
      );
    });
  });

  describe('bad input', () => {
    it.each([
      ['no day', {}, { asOf: 'required', language: 'required' }],
      ['an impossible day', { asOf: '2016-02-30', language: 'en' }, { asOf: 'isDate' }],
      ['a future day', { asOf: '2999-01-01', language: 'en' }, { asOf: 'dateInFuture' }],
      ['a day before the signature', { asOf: '2015-05-31', language: 'en' }, { asOf: 'dateBeforeAgreement' }],
      [
        'a start after the day',
        { asOf: DAY, previousAsOf: '2016-07-01', language: 'en' },
        { previousAsOf: 'rangeReversed' },
      ],
      [
        'a start before the signature',
        { asOf: DAY, previousAsOf: '2015-01-01', language: 'en' },
        { previousAsOf: 'dateBeforeAgreement' },
      ],
      ['a language reports are not printed in', { asOf: DAY, language: 'ar' }, { language: 'isIn' }],
      [
        'a pillar of no agreement',
        { asOf: DAY, language: 'en', pillarId: '00000000-0000-4000-8000-000000000000' },
        { pillarId: 'unknownPillar' },
      ],
      ['a pillar that is not an id', { asOf: DAY, language: 'en', pillarId: 'B' }, { pillarId: 'isUuid' }],
      ['an unknown field', { asOf: DAY, language: 'en', pillar: 'B' }, { pillar: 'unknownField' }],
    ])('answers 400 to %s and stores nothing', async (_, body, errors) => {
      const before = await reportCount();
      const refused = await api.generate(body, 'monitor', 400);
      expect(refused).toMatchObject({ statusCode: 400, code: 'validation_failed', errors });
      expect(await reportCount()).toBe(before);
    });

    it('answers 404 for a report that does not exist and 400 for an id that is not one', async () => {
      await api.detail('00000000-0000-4000-8000-000000000000', 'monitor', 404);
      const malformed = await t.http.get('/api/reports/42/pdf').auth(await t.tokenFor('monitor'), { type: 'bearer' });
      expect(malformed.status).toBe(400);
    });
  });
});
