import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, RouterOutlet, TitleStrategy } from '@angular/router';
import {
  ErrorCode,
  Page,
  PAX_CITATION,
  PaxAgreementRowDto,
  PaxImportOutcome,
  PaxImportResultDto,
  PaxUploadDto,
} from '@accord/shared';
import { configureApiTesting, flushApiError } from '../../../testing/api-testing';
import { byTestId } from '../../../testing/by-test-id';
import { settle } from '../../../testing/settle';
import { TranslatedTitleStrategy } from '../../core/i18n/translated-title-strategy';
import { ADMIN_ROUTES } from '../admin.routes';

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const UPLOAD_ID = '0b9e2f4c-1d2a-4e5b-8c7d-6f5e4d3c2b1a';
const SEARCH_URL = `/api/pax-imports/${UPLOAD_ID}/agreements`;

const upload: PaxUploadDto = {
  id: UPLOAD_ID,
  fileName: 'pax.csv',
  rows: 49,
  codingColumns: [],
  ignoredColumns: ['Notes'],
  countries: [
    { name: 'Azawad', agreements: 23 },
    { name: 'Mali', agreements: 43 },
  ],
  uploadedAt: '2026-11-27T10:00:00Z',
  expiresAt: '2026-11-28T10:00:00Z',
};

const row = (agtId: number, name: string, agreement: PaxAgreementRowDto['agreement'] = null): PaxAgreementRowDto => ({
  agtId,
  name,
  country: 'Mali/(Azawad)',
  signedOn: '2015-06-20',
  stage: 'SubComp',
  parties: ['Government of Mali', "Mouvement national de libération de l'Azawad"],
  thirdParties: [],
  codedCategories: 0,
  link: `https://www.peaceagreements.org/agreements/${agtId}/`,
  agreement,
});

const firstPage: Page<PaxAgreementRowDto> = {
  items: [
    row(1365, "Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger"),
    row(1367, 'Arrangement sécuritaire pour une cessation des hostilités', {
      id: 'a1',
      shortTitle: 'Mali 2015 (Algiers)',
    }),
  ],
  total: 22,
  page: 1,
  pageSize: 20,
};

describe('PaxImportPage', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  const { element, find, text, type } = byTestId(() => fixture);

  beforeEach(async () => {
    backend = configureApiTesting(
      [],
      [
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    );
    fixture = TestBed.createComponent(Host);
    await TestBed.inject(Router).navigateByUrl('/admin/pax-import');
    await settle();
    // The area's menu lists the agreements.
    for (const request of backend.match('/api/agreements')) request.flush([]);
    await settle();
  });

  afterEach(() => backend.verify());

  async function chooseAndUpload(): Promise<TestRequest> {
    const input = element<HTMLInputElement>('pax-file');
    const file = new File(['AgtId,Con\n'], 'pax.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    element('pax-upload').click();
    await settle();
    const request = backend.expectOne('/api/pax-imports');
    expect(request.request.method).toBe('POST');
    const sent = (request.request.body as FormData).get('file') as File;
    expect([sent.name, sent.size]).toEqual([file.name, file.size]);
    expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[\da-f-]{32,36}$/);
    return request;
  }

  async function uploaded(): Promise<void> {
    (await chooseAndUpload()).flush(upload);
    await settle();
    const search = backend.expectOne((request) => request.url === SEARCH_URL);
    expect(search.request.params.toString()).toBe('page=1&pageSize=20');
    search.flush(firstPage);
    await settle();
  }

  function rowTexts(testId: string): string[] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`), (item) =>
      (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  }

  /** Each row's cells, separated by " | ". */
  function cellTexts(testId: string): string[] {
    return Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLTableRowElement>(`[data-testid="${testId}"]`),
      (tableRow) => Array.from(tableRow.cells, (cell) => (cell.textContent ?? '').trim()).join(' | '),
    );
  }

  function checkbox(testId: string): HTMLInputElement {
    const input = element(testId).querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!input) throw new Error(`No checkbox in ${testId}`);
    return input;
  }

  it('credits PA-X under a translated title, and uploads only once a file is chosen', () => {
    expect(TestBed.inject(Title).getTitle()).toBe('Import from PA-X · Accord Tracker');
    expect(text('pax-citation')).toContain(PAX_CITATION);
    expect(element('pax-citation').querySelector('a')?.getAttribute('href')).toBe('https://www.peaceagreements.org');
    expect(element<HTMLButtonElement>('pax-upload').disabled).toBe(true);
    expect(find('pax-search')).toBeNull();
  });

  it('uploads the file, says what was read, and lists its agreements with the ones already in the tracker', async () => {
    await uploaded();
    expect(text('pax-upload-summary')).toContain('pax.csv: 49 agreements read.');
    expect(text('pax-coding-columns')).toContain('No PA-X coding column in this file');
    expect(text('pax-ignored-columns')).toContain("Columns left out (not PA-X's): Notes");
    expect(text('pax-match-count').trim()).toBe('22 agreements match.');
    const rows = rowTexts('pax-row');
    expect(rows[0]).toContain("Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger");
    expect(rows[0]).toContain('PA-X 1365');
    expect(rows[0]).toContain('Framework-substantive, comprehensive');
    expect(rows[0]).toContain("Government of Mali; Mouvement national de libération de l'Azawad");
    expect(rows[0]).toContain('Not yet');
    const tracked = element('pax-results')
      .querySelectorAll('tbody tr')[1]
      .querySelector('a[href="/agreements/a1/dashboard"]');
    expect(tracked?.textContent).toBe('Mali 2015 (Algiers)');
    const options = Array.from(element<HTMLSelectElement>('pax-country').options, (option) =>
      option.textContent?.trim(),
    );
    expect(options).toEqual(['Any', 'Azawad (23)', 'Mali (43)']);
  });

  it('lists the problems of a refused file by row and column, in words', async () => {
    flushApiError(await chooseAndUpload(), 422, ErrorCode.ImportRejected, {
      'rows.1.Dat': 'missingColumn',
      'rows.3.Dat': 'isDate',
      'rows.24': 'unreadableFile',
      file: 'noRows',
    });
    await settle();
    expect(text('pax-upload-error')).toContain('The file has problems; nothing was stored.');
    expect(cellTexts('pax-problem')).toEqual([
      '1 | Dat | This column is missing from the header.',
      '3 | Dat | Not a date (dd/mm/yyyy).',
      '24 | Whole row | The file cannot be read from here: a quote is left open (the file may be cut off), or it is not UTF-8 text.',
      'Whole file |  | The file has no data row.',
    ]);
    expect(find('pax-search')).toBeNull();
  });

  it('searches by country, words and dates from the first page', async () => {
    await uploaded();
    type('pax-country', 'Mali', 'change');
    type('pax-q', '  alger ');
    type('pax-from', '2015-01-01');
    type('pax-to', '2015-12-31');
    element('pax-search-submit').click();
    await settle();
    const search = backend.expectOne((request) => request.url === SEARCH_URL);
    expect(search.request.params.toString()).toBe(
      'country=Mali&q=alger&from=2015-01-01&to=2015-12-31&page=1&pageSize=20',
    );
    search.flush({ ...firstPage, items: [], total: 0 });
    await settle();
    expect(text('pax-results')).toContain('No agreement of the file matches.');
  });

  it('imports the agreements picked across pages, then links to their dashboards', async () => {
    await uploaded();
    checkbox('pax-select-1365').click();
    await settle();
    // The next page: the choice of the first one is kept.
    const next = element('pax-results').parentElement?.parentElement?.querySelector<HTMLButtonElement>(
      'button.mat-mdc-paginator-navigation-next',
    );
    next?.click();
    await settle();
    const second = backend.expectOne((request) => request.url === SEARCH_URL);
    expect(second.request.params.get('page')).toBe('2');
    second.flush({ ...firstPage, page: 2, items: [row(206, 'Accord de Tamanrasset')] });
    await settle();
    checkbox('pax-select-206').click();
    await settle();
    expect(text('pax-selected-count').trim()).toBe('2 selected');

    element('pax-import').click();
    await settle();
    const request = backend.expectOne(`/api/pax-imports/${UPLOAD_ID}/imports`);
    expect(request.request.body).toEqual({ agtIds: [1365, 206] });
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    const result: PaxImportResultDto = {
      agreements: [
        {
          agtId: 1365,
          agreementId: 'new-1',
          title: "Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger",
          shortTitle: 'Mali 2015: Accord Pour la Paix et la Reconciliation au Mali…',
          outcome: PaxImportOutcome.Created,
          partiesAdded: 7,
          pillarsAdded: 0,
          placeholdersAdded: 0,
        },
        {
          agtId: 206,
          agreementId: 'a1',
          title: 'Accord de Tamanrasset',
          shortTitle: 'Mali 1991',
          outcome: PaxImportOutcome.Linked,
          partiesAdded: 0,
          pillarsAdded: 0,
          placeholdersAdded: 0,
        },
      ],
    };
    request.flush(result);
    await settle();
    // The rows are read again: they now say which agreements are in the tracker.
    backend.expectOne((reload) => reload.url === SEARCH_URL).flush(firstPage);
    await settle();
    expect(rowTexts('pax-imported-agreement')).toEqual([
      'Mali 2015: Accord Pour la Paix et la Reconciliation au Mali…: created (7 parties, 0 pillars and 0 placeholder commitments added)',
      'Mali 1991: already in the tracker: linked, its own data kept (0 parties, 0 pillars and 0 placeholder commitments added)',
    ]);
    const links = Array.from(element('pax-imported').querySelectorAll('a'), (link) => link.getAttribute('href'));
    expect(links).toEqual(['/agreements/new-1/dashboard', '/agreements/a1/dashboard']);
    expect(text('pax-selected-count').trim()).toBe('0 selected');
  });

  it('says why an import failed and keeps the choice', async () => {
    await uploaded();
    checkbox('pax-select-1365').click();
    await settle();
    element('pax-import').click();
    await settle();
    flushApiError(backend.expectOne(`/api/pax-imports/${UPLOAD_ID}/imports`), 403, ErrorCode.Forbidden);
    await settle();
    expect(text('pax-import-error').trim()).toBe('You are not allowed to do this.');
    expect(text('pax-selected-count').trim()).toBe('1 selected');
  });
});
