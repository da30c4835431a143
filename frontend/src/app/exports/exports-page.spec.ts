import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet, withComponentInputBinding } from '@angular/router';
import { ErrorCode, JobDto, JobState } from '@accord/shared';
import { maliAgreement } from '../../testing/fixtures';
import { byTestId } from '../../testing/by-test-id';
import { translocoTesting } from '../../testing/i18n';
import { jobDto } from '../../testing/job-fixtures';
import { apiErrorInterceptor } from '../core/errors/api-error.interceptor';
import { saveBlob } from '../core/save-blob';
import { flushApiError } from '../../testing/api-testing';
import { EXPORTS_ROUTES } from './exports.routes';
import { POLL_MS } from './exports-page';

jest.mock('../core/save-blob', () => ({ saveBlob: jest.fn() }));

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const PILLAR = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const agreement = { ...maliAgreement, pillars: [{ ...maliAgreement.pillars[0], id: PILLAR }] };

/** An export job of the user's on a1. */
const job = (id: string, changes: Partial<JobDto> = {}): JobDto =>
  jobDto({ id, params: { dataset: 'commitments', format: 'xlsx' }, ...changes });

describe('ExportsPage', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(
          [{ path: 'agreements/:agreementId/exports', children: EXPORTS_ROUTES }],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
    jest.mocked(saveBlob).mockClear();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const { find, element } = byTestId(() => fixture);
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** Lets timers and answered requests reach the page. */
  async function flush(ms = 0): Promise<void> {
    await jest.advanceTimersByTimeAsync(ms);
    TestBed.tick();
  }
  const jobsRequest = () => backend.expectOne((request) => request.url === '/api/jobs');

  /** Opens the page at `url`, answers the agreement, and answers the first list of jobs with `jobs`. */
  async function open(url: string, jobs: JobDto[] = []): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    await flush();
    backend.expectOne('/api/agreements/a1').flush(agreement);
    const request = jobsRequest();
    expect(request.request.params.get('agreementId')).toBe('a1');
    request.flush(jobs);
    await flush();
  }

  it('starts an export of the chosen data, format and day with the filters of the list it came from', async () => {
    await open(
      `/agreements/a1/exports?dataset=milestones&pillarId=${PILLAR}&status=delayed&level=1&overdue=true&q=sites`,
    );

    expect(find<HTMLSelectElement>('export-dataset')?.value).toBe('milestones');
    expect([...element('export-filters').querySelectorAll('li')].map(text)).toEqual([
      'Pillar: Defence and security',
      'Operational status: Delayed',
      'Implementation level: Minimal',
      'Overdue only',
      'Search reference, title, text: sites',
    ]);
    const format = element<HTMLSelectElement>('export-format');
    format.value = 'csv';
    format.dispatchEvent(new Event('change'));
    const asOf = element<HTMLInputElement>('export-as-of');
    asOf.value = '2019-02-22';
    asOf.dispatchEvent(new Event('input'));
    await flush();
    element<HTMLButtonElement>('export-start').click();
    await flush();

    const start = backend.expectOne('/api/agreements/a1/exports');
    expect(start.request.method).toBe('POST');
    expect(start.request.body).toEqual({
      dataset: 'milestones',
      format: 'csv',
      asOf: '2019-02-22',
      pillarId: PILLAR,
      status: 'delayed',
      level: 1,
      overdue: true,
      q: 'sites',
    });
    expect(start.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
    start.flush(job('j1'));
    await flush();
    // Shown at once, waiting, while the list is asked again.
    expect(find('export-job-j1')?.querySelector('[data-testid="export-progress"]')?.getAttribute('mode')).toBe('query');
    jobsRequest().flush([job('j1', { state: JobState.Succeeded, fileName: 'f.csv' })]);
    await flush();
    expect(text(find('export-job-j1'))).toContain('Download f.csv');
  });

  it('offers XLSX only for every table at once', async () => {
    await open('/agreements/a1/exports');
    const format = element<HTMLSelectElement>('export-format');
    format.value = 'csv';
    format.dispatchEvent(new Event('change'));
    await flush();
    const dataset = element<HTMLSelectElement>('export-dataset');
    dataset.value = 'all';
    dataset.dispatchEvent(new Event('change'));
    await flush();

    expect(format.value).toBe('xlsx');
    expect(format.querySelector<HTMLOptionElement>('option[value="csv"]')?.disabled).toBe(true);
    expect(page().textContent).toContain('Several tables make a workbook: XLSX only.');
    expect(find('export-filters')).toBeNull();
  });

  it('sends the same key again when the same export is retried after a failure', async () => {
    await open('/agreements/a1/exports');
    element<HTMLButtonElement>('export-start').click();
    await flush();
    const first = backend.expectOne('/api/agreements/a1/exports');
    flushApiError(first, 400, ErrorCode.ValidationFailed, { format: 'csvHoldsOneTable' });
    await flush();
    expect(text(find('export-start-error'))).toBe('Some fields need attention.');

    element<HTMLButtonElement>('export-start').click();
    await flush();
    const second = backend.expectOne('/api/agreements/a1/exports');
    expect(second.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
    second.flush(job('j1'));
    await flush();
    jobsRequest().flush([]);
  });

  it('shows each export as it stands: waiting, its progress, its file, or why it failed', async () => {
    await open('/agreements/a1/exports', [
      job('queued'),
      job('counting', { state: JobState.Running }),
      job('running', { state: JobState.Running, progressDone: 25_000, progressTotal: 100_000 }),
      job('ready', {
        state: JobState.Succeeded,
        params: { dataset: 'status-history', format: 'csv', asOf: '2019-02-22' },
        progressDone: 6,
        progressTotal: 6,
        fileName: 'accord-status-history-2019-02-22.csv',
        sizeBytes: 2048,
      }),
      job('stopped', { state: JobState.Failed, errorCode: 'interrupted', errorMessage: 'The server stopped.' }),
      job('broken', { state: JobState.Failed, errorCode: 'internal', errorMessage: 'Something went wrong.' }),
      job('odd', { state: JobState.Failed, errorCode: 'too_many_rows', errorMessage: 'Too many rows for one file.' }),
      job('slow', { state: JobState.Failed, errorCode: 'timed_out', errorMessage: 'This job ran longer...' }),
      job('old', { state: JobState.Expired, progressDone: 6, progressTotal: 6 }),
      job('report', { kind: 'report' }),
    ]);

    const item = (id: string) => find(`export-job-${id}`);
    expect(item('queued')?.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('query');
    expect(item('counting')?.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('indeterminate');
    const bar = item('running')?.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('mode')).toBe('determinate');
    expect(bar?.getAttribute('aria-valuenow')).toBe('25');
    expect(text(item('running')?.querySelector('[data-testid="export-rows"]') ?? null)).toBe('25,000 of 100,000 rows');
    expect(text(item('ready'))).toContain('Status history · CSV file (UTF-8) · as of Feb 22, 2019');
    expect(text(item('ready'))).toContain('Download accord-status-history-2019-02-22.csv');
    expect(text(item('ready'))).toContain('2.0 kB · 6 rows');
    expect(text(item('stopped')?.querySelector('[data-testid="export-failure"]') ?? null)).toBe(
      'The server stopped while this export was running. Start it again.',
    );
    expect(text(item('broken')?.querySelector('[data-testid="export-failure"]') ?? null)).toBe(
      'Something went wrong on the server while making this file. Try again; if it fails again, ' +
        'give your administrator this reference: broken.',
    );
    // A reason the page has no words for: the server's.
    expect(text(item('odd')?.querySelector('[data-testid="export-failure"]') ?? null)).toBe(
      'Too many rows for one file.',
    );
    expect(text(item('slow')?.querySelector('[data-testid="export-failure"]') ?? null)).toBe(
      'This export took longer than allowed and was stopped. Try again; if it happens again, tell your administrator.',
    );
    // Its file was deleted after its days: no download, and why.
    expect(item('old')?.querySelector('[data-testid="export-download"]')).toBeNull();
    expect(text(item('old'))).toContain('Deleted');
    expect(text(item('old')?.querySelector('[data-testid="export-expired"]') ?? null)).toBe(
      "The file was kept a few days, then deleted. Start the export again to get today's data.",
    );
    // Other jobs of the user (reports, imports) are theirs to show.
    expect(item('report')).toBeNull();
    // Some are still going: the list is asked again a second later.
    await flush(POLL_MS);
    jobsRequest().flush([]);
  });

  it('downloads the file of a finished export under its name', async () => {
    const ready = job('ready', { state: JobState.Succeeded, fileName: 'accord-commitments.xlsx', sizeBytes: 10 });
    await open('/agreements/a1/exports', [ready]);
    element<HTMLButtonElement>('export-download').click();
    const file = backend.expectOne('/api/jobs/ready/file');
    expect(file.request.responseType).toBe('blob');
    const blob = new Blob(['xlsx']);
    file.flush(blob);
    expect(saveBlob).toHaveBeenCalledWith(blob, 'accord-commitments.xlsx');
  });

  it('asks for the list every second while an export runs, and stops once none does', async () => {
    await open('/agreements/a1/exports', [job('j1', { state: JobState.Running, progressTotal: 10, progressDone: 1 })]);
    await flush(POLL_MS - 1);
    backend.expectNone((request) => request.url === '/api/jobs');
    await flush(1);
    jobsRequest().flush([job('j1', { state: JobState.Running, progressTotal: 10, progressDone: 6 })]);
    await flush();
    expect(find('export-progress')?.getAttribute('aria-valuenow')).toBe('60');

    await flush(POLL_MS);
    jobsRequest().flush([
      job('j1', { state: JobState.Succeeded, progressTotal: 10, progressDone: 10, fileName: 'f.xlsx' }),
    ]);
    await flush();
    expect(text(find('export-job-state'))).toBe('Ready');
    await flush(5 * POLL_MS);
    backend.expectNone((request) => request.url === '/api/jobs');
  });

  it('stops asking when the user leaves the page', async () => {
    await open('/agreements/a1/exports', [job('j1', { state: JobState.Running })]);
    fixture.destroy();
    await flush(5 * POLL_MS);
    backend.expectNone((request) => request.url === '/api/jobs');
  });

  it('says so when the agreement is not there for the user', async () => {
    await TestBed.inject(Router).navigateByUrl('/agreements/a1/exports');
    await flush();
    flushApiError(backend.expectOne('/api/agreements/a1'), 404, ErrorCode.NotFound);
    jobsRequest().flush([]);
    await flush();
    expect(page().textContent).toContain('There is nothing at this address.');
  });
});
