import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementRole, ErrorCode, Page, ReportDto } from '@accord/shared';
import { configureApiTesting, flushApiError } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { signInOnA1 } from '../../testing/signed-in';
import { ReportsPage } from './reports-page';

const HASH = 'c0ffee'.padEnd(64, '0');

const report = (id: string, overrides: Partial<ReportDto> = {}): ReportDto => ({
  id,
  agreementId: 'a1',
  asOf: '2019-06-30',
  previousAsOf: '2019-03-31',
  language: 'en',
  filters: { pillarId: null },
  includesConfidential: false,
  generatedAt: '2019-07-01T09:30:00.000Z',
  generatedById: 'u1',
  generatedByName: 'Vera Viewer',
  contentHash: HASH,
  ...overrides,
});

const page = (items: ReportDto[]): Page<ReportDto> => ({ items, total: items.length, page: 1, pageSize: 50 });

describe('ReportsPage', () => {
  let fixture: ComponentFixture<ReportsPage>;
  let backend: HttpTestingController;
  const { element, find, text, type } = byTestId(() => fixture);
  const listRequest = () =>
    backend.expectOne((request) => request.url === '/api/agreements/a1/reports' && request.method === 'GET');

  async function open(reports: ReportDto[]): Promise<void> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(ReportsPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    const list = listRequest();
    expect(list.request.params.get('pageSize')).toBe('50');
    list.flush(page(reports));
    // Nothing was sent to the user: the list of what was sent stays hidden.
    backend.expectOne((request) => request.url === '/api/me/reports').flush(page([]));
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists the reports with their days, language, pillar, author and whole content hash', async () => {
    await open([
      report('r1'),
      report('r2', { language: 'fr', filters: { pillarId: 'p2' }, includesConfidential: true }),
    ]);

    expect(text('report-r1')).toContain('Jun 30, 2019');
    expect(text('report-r1')).toContain('Mar 31, 2019');
    expect(text('report-r1')).toContain('English');
    expect(text('report-r1')).toContain('All pillars');
    expect(text('report-r1')).toContain('by Vera Viewer');
    expect(text('report-r1')).toContain(HASH);
    expect(text('report-r2')).toContain('French');
    expect(text('report-r2')).toContain('Defence and security');
    expect(text('report-r2')).toContain('Includes confidential items');
    expect(element('report-pdf-r1').getAttribute('aria-label')).toBe('Download the report as of Jun 30, 2019 as a PDF');
  });

  it('says so when no report was generated yet', async () => {
    await open([]);

    expect(text('reports-none')).toContain('No report has been generated yet.');
    expect(find('reports-table')).toBeNull();
    expect(find('received-reports')).toBeNull();
    // Not an administrator: no schedules.
    expect(find('report-schedules')).toBeNull();
  });

  it('shows an administrator the schedules of the agreement', async () => {
    backend = configureApiTesting();
    signInOnA1(backend, AgreementRole.Viewer, true);
    fixture = TestBed.createComponent(ReportsPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    listRequest().flush(page([]));
    backend.expectOne((request) => request.url === '/api/me/reports').flush(page([]));
    backend.expectOne('/api/agreements/a1/report-schedules').flush([]);
    backend.expectOne('/api/users').flush([]);
    await settle();

    expect(text('report-schedules')).toContain('No report is scheduled for this agreement.');
  });

  it('generates a report as of the day chosen, in the language and for the pillar chosen, then lists it', async () => {
    await open([]);
    type('report-as-of', '2019-06-30');
    type('report-language', 'fr', 'change');
    type('report-pillar', 'p2', 'change');
    element<HTMLButtonElement>('report-generate').click();

    const post = backend.expectOne({ method: 'POST', url: '/api/agreements/a1/reports' });
    // No start day chosen: the API starts from the latest earlier report, else the signing day.
    expect(post.request.body).toEqual({ asOf: '2019-06-30', language: 'fr', pillarId: 'p2' });
    expect(post.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    post.flush({ ...report('r3', { language: 'fr', filters: { pillarId: 'p2' } }), figures: {} });
    await settle();

    expect(text('report-generated')).toContain('Report as of Jun 30, 2019 generated.');
    listRequest().flush(page([report('r3', { language: 'fr', filters: { pillarId: 'p2' } })]));
    await settle();
    expect(text('report-r3')).toContain('French');
  });

  it('sends nothing without a day, and shows the reason the API gives for a start after it', async () => {
    await open([]);
    element<HTMLButtonElement>('report-generate').click();
    backend.expectNone({ method: 'POST', url: '/api/agreements/a1/reports' });

    type('report-as-of', '2019-06-30');
    type('report-previous-as-of', '2019-07-31');
    element<HTMLButtonElement>('report-generate').click();
    const post = backend.expectOne({ method: 'POST', url: '/api/agreements/a1/reports' });
    expect(post.request.body).toMatchObject({ asOf: '2019-06-30', previousAsOf: '2019-07-31' });
    flushApiError(post, 400, ErrorCode.ValidationFailed, { previousAsOf: 'rangeReversed' });
    await settle();

    expect(text('report-form')).toContain('The start must come before the end.');
  });

  it('downloads the PDF with the user’s credentials, and says when it cannot', async () => {
    await open([report('r1')]);
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    element<HTMLButtonElement>('report-pdf-r1').click();
    backend.expectOne('/api/reports/r1/pdf').flush(new Blob(['%PDF-1.7']));
    await settle();
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(find('report-download-failed')).toBeNull();

    element<HTMLButtonElement>('report-pdf-r1').click();
    backend.expectOne('/api/reports/r1/pdf').flush(new Blob(['{}']), { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text('report-download-failed')).toContain('The PDF could not be downloaded.');
    click.mockRestore();
  });
});
