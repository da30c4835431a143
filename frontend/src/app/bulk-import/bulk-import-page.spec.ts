import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementRole, ErrorCode, ImportKind, ImportReportDto, JobDto, JobState } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { maliAgreement } from '../../testing/fixtures';
import { jobDto } from '../../testing/job-fixtures';
import { settle } from '../../testing/settle';
import { signInOnA1 } from '../../testing/signed-in';
import { BulkImportPage } from './bulk-import-page';

const IMPORTS_URL = '/api/agreements/a1/imports';

const report = (overrides: Partial<ImportReportDto> = {}): ImportReportDto => ({
  kind: ImportKind.StatusUpdates,
  dryRun: true,
  rows: 3,
  errorCount: 0,
  rowsWithErrors: 0,
  errors: [],
  stored: 0,
  countedWithoutReview: false,
  ...overrides,
});

const job = (overrides: Partial<JobDto> = {}): JobDto =>
  jobDto({
    kind: 'import',
    params: { kind: ImportKind.StatusUpdates, dryRun: false, fileName: 'big.csv', uploadId: 'u1' },
    createdAt: '2026-11-27T10:00:00Z',
    ...overrides,
  });

describe('BulkImportPage', () => {
  let fixture: ComponentFixture<BulkImportPage>;
  let backend: HttpTestingController;
  const { element, find, text } = byTestId(() => fixture);

  async function render(role: AgreementRole, isAdmin = false): Promise<void> {
    backend = configureApiTesting();
    signInOnA1(backend, role, isAdmin);
    fixture = TestBed.createComponent(BulkImportPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    await settle();
  }

  afterEach(() => backend.verify());

  const kindOptions = () =>
    Array.from(element<HTMLSelectElement>('import-kind').options, (option) => [
      option.value,
      option.textContent?.trim(),
    ]);

  async function chooseFile(name = 'updates.csv'): Promise<File> {
    const file = new File(['commitment,milestone\n'], name, { type: 'text/csv' });
    const input = element<HTMLInputElement>('import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    return file;
  }

  /** Clicks a button and answers the upload it sends, checking what it carries. */
  async function send(button: 'import-check' | 'import-run', dryRun: boolean): Promise<TestRequest> {
    element(button).click();
    await settle();
    const request = backend.expectOne(IMPORTS_URL);
    const body = request.request.body as FormData;
    expect([body.get('kind'), body.get('dryRun'), (body.get('file') as File).name]).toEqual([
      ImportKind.StatusUpdates,
      String(dryRun),
      'updates.csv',
    ]);
    expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[\da-f-]{36}$/);
    return request;
  }

  const answer = async (request: TestRequest, body: object, status = 200) => {
    request.flush(body, { status, statusText: 'OK' });
    await settle();
  };

  it('offers a monitor the kinds they may import, not the structure, which is for administrators', async () => {
    await render(AgreementRole.Monitor);
    expect(kindOptions()).toEqual([
      ['status-updates', 'Status updates'],
      ['indicator-values', 'Indicator values'],
    ]);
  });

  it('offers an administrator every kind, in the order a new agreement is loaded', async () => {
    await render(AgreementRole.Viewer, true);
    expect(kindOptions().map(([value]) => value)).toEqual([
      'commitments',
      'milestones',
      'status-updates',
      'indicator-values',
    ]);
  });

  it('tells a viewer they may not import', async () => {
    await render(AgreementRole.Viewer);
    expect(text('import-not-allowed')).toContain('You may not import anything into this agreement.');
    expect(find('import-file')).toBeNull();
  });

  it('downloads the template of the kind chosen', async () => {
    await render(AgreementRole.Monitor);
    const createObjectURL = jest.fn(() => 'blob:template');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const select = element<HTMLSelectElement>('import-kind');
    select.value = 'indicator-values';
    select.dispatchEvent(new Event('change'));
    await settle();
    element('import-template-xlsx').click();
    const request = backend.expectOne(
      (candidate) => candidate.url === '/api/agreements/a1/import-templates/indicator-values',
    );
    expect(request.request.params.get('format')).toBe('xlsx');
    request.flush(new Blob(['xlsx']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('lists every error of a dry run by row and column in words, and does not let the file be imported', async () => {
    await render(AgreementRole.Monitor);
    expect(element<HTMLButtonElement>('import-check').disabled).toBe(true);
    await chooseFile();
    await answer(
      await send('import-check', true),
      report({
        errorCount: 3,
        rowsWithErrors: 2,
        errors: [
          { row: 3, column: 'commitment', code: 'unknownCommitment' },
          { row: 5, column: 'level', code: 'levelNotOnScale' },
          { row: 5, column: '', code: 'unreadableFile' },
        ],
      }),
    );
    expect(text('import-errors-summary')).toContain('3 errors in 2 rows: nothing was stored.');
    const rows = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="import-error-row"]'),
      (row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'commitment', 'No commitment of the agreement has this reference.'],
      ['5', 'level', "This level is not on the agreement's scale."],
      ['5', 'The whole row', 'The file cannot be read.'],
    ]);
    expect(element<HTMLButtonElement>('import-run').disabled).toBe(true);
  });

  it('imports a file once its check finds no error, and says the updates await review', async () => {
    await render(AgreementRole.Monitor);
    await chooseFile();
    await answer(await send('import-check', true), report());
    expect(text('import-summary')).toContain('3 rows checked: no error.');
    expect(element<HTMLButtonElement>('import-run').disabled).toBe(false);
    await answer(await send('import-run', false), report({ dryRun: false, stored: 3 }), 201);
    expect(text('import-summary')).toContain('3 rows imported. They await review before they count in any figure.');
  });

  it('shows the report of an import refused for its errors (422)', async () => {
    await render(AgreementRole.Monitor);
    await chooseFile();
    await answer(await send('import-check', true), report());
    const refused = await send('import-run', false);
    refused.flush(
      {
        statusCode: 422,
        code: ErrorCode.ImportRejected,
        message: 'The file has errors',
        report: report({
          dryRun: false,
          errorCount: 1,
          errors: [{ row: 2, column: 'effectiveDate', code: 'dateInFuture' }],
        }),
        requestId: 'r1',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(text('import-errors')).toContain('The date cannot be in the future.');
  });

  it('offers every error as CSV when the report lists only the first ones', async () => {
    await render(AgreementRole.Monitor);
    await chooseFile();
    await answer(
      await send('import-check', true),
      report({ errorCount: 2500, rowsWithErrors: 1800, errors: [{ row: 2, column: 'level', code: 'isInt' }] }),
    );
    expect(text('import-errors-summary')).toContain('The first 1 are listed below; the CSV report has all of them.');
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:errors'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    element('import-error-report').click();
    const request = backend.expectOne(IMPORTS_URL);
    expect(request.request.headers.get('Accept')).toBe('text/csv');
    expect((request.request.body as FormData).get('dryRun')).toBe('true');
    request.flush(new Blob(['row,column,code\n']));
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('follows a large import run as a job: its progress, then the report it left', async () => {
    await render(AgreementRole.Monitor);
    await chooseFile();
    await answer(await send('import-check', true), report());
    await answer(await send('import-run', false), job(), 202);
    backend.expectOne('/api/jobs/j1').flush(job({ state: JobState.Running, progressDone: 500, progressTotal: 1000 }));
    await settle();
    expect(text('import-status')).toContain('The server is reading the file: 50 %');
    expect(element('import-progress').getAttribute('aria-valuenow')).toBe('50');

    await new Promise((resolve) => setTimeout(resolve, 1100));
    backend
      .expectOne('/api/jobs/j1')
      .flush(job({ state: JobState.Succeeded, progressDone: 1000, progressTotal: 1000 }));
    await settle();
    backend
      .expectOne('/api/jobs/j1/file')
      .flush(report({ dryRun: false, rows: 100000, stored: 100000, countedWithoutReview: true }));
    await settle();
    expect(text('import-summary')).toContain('100,000 rows imported. They count at once');
    expect(find('import-progress')).toBeNull();
  });

  it('says why a job failed', async () => {
    await render(AgreementRole.Monitor);
    await chooseFile();
    await answer(await send('import-check', true), job({ params: { dryRun: true } }), 202);
    backend
      .expectOne('/api/jobs/j1')
      .flush(job({ state: JobState.Failed, errorCode: 'interrupted', errorMessage: 'x' }));
    await settle();
    expect(text('import-error')).toContain('The import could not finish, and nothing was stored. The server stopped');
  });
});
