import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router, RouterOutlet, withComponentInputBinding } from '@angular/router';
import { AgreementRole, CommitmentListItemDto, Page } from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { signInOnA1 } from '../../../testing/signed-in';
import { COMMITMENT_LIST_ROUTES } from './list.routes';

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const item: CommitmentListItemDto = {
  id: 'c1',
  reference: 'Art. 18',
  title: 'Cantonment of combatants',
  pillarId: 'p2',
  pillarName: 'Defence and security',
  parties: [],
  deadline: null,
  overdue: false,
  pamLevel: 1,
  operationalStatus: null,
  milestoneCount: 1,
  lastUpdate: null,
};

const SEARCH_DEBOUNCE_MS = 300;

describe('CommitmentListPage', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(
          [{ path: 'agreements/:agreementId/commitments', children: COMMITMENT_LIST_ROUTES }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(Host);
  });

  afterEach(() => backend.verify());

  function listRequest(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/agreements/a1/commitments');
  }

  function page(items: CommitmentListItemDto[], total: number, pageNumber: number): Page<CommitmentListItemDto> {
    return { items, total, page: pageNumber, pageSize: 20 };
  }

  async function open(url: string): Promise<TestRequest> {
    await router.navigateByUrl(url);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    return listRequest();
  }

  function searchBox(): HTMLInputElement {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="filter-q"]');
    if (!input) throw new Error('No filter-q input');
    return input;
  }

  async function typeSearch(value: string): Promise<void> {
    searchBox().value = value;
    searchBox().dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();
  }

  it('goes to the last page when the page in the URL is past the end', async () => {
    const first = await open('/agreements/a1/commitments?page=9&status=stalled');
    expect(first.request.params.get('page')).toBe('9');
    first.flush(page([], 41, 9));
    await settle();
    await settle();

    expect(router.url).toBe('/agreements/a1/commitments?status=stalled&page=3');
    expect((fixture.nativeElement as HTMLElement).textContent).not.toContain('No commitment matches');
    const last = listRequest();
    expect(last.request.params.get('page')).toBe('3');
    last.flush(page([item], 41, 3));
    await settle();

    expect((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="commitment-row"]')).toHaveLength(1);
  });

  it('keeps what is typed in the search box, spaces included, when the URL follows', async () => {
    (await open('/agreements/a1/commitments')).flush(page([item], 1, 1));
    await settle();

    await typeSearch('DDR ');

    expect(router.url).toBe('/agreements/a1/commitments?q=DDR');
    expect(searchBox().value).toBe('DDR ');
    listRequest().flush(page([item], 1, 1));
    await settle();
    expect(searchBox().value).toBe('DDR ');

    // Only spaces changed: nothing to ask the API.
    await typeSearch(' DDR  ');
    backend.expectNone((request) => request.url === '/api/agreements/a1/commitments');
    expect(searchBox().value).toBe(' DDR  ');
  });

  it('links to the exports of these commitments, with the filters and sort of the list but not its page', async () => {
    (await open('/agreements/a1/commitments?status=delayed&overdue=true&sort=deadline&page=2')).flush(
      page([item], 41, 2),
    );
    await settle();
    const link = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="export-link"]');
    expect(link?.getAttribute('href')).toBe(
      '/agreements/a1/exports?dataset=commitments&status=delayed&overdue=true&sort=deadline',
    );
  });

  it('reads filters the list does not offer as no filter', async () => {
    const request = await open('/agreements/a1/commitments?pillarId=xyz&status=asleep&level=9&pageSize=5000');

    expect(request.request.params.keys().sort()).toEqual(['page', 'pageSize', 'sort']);
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(page([], 0, 1));
    await settle();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No commitment matches');
  });

  it.each([
    [AgreementRole.Monitor, true],
    [AgreementRole.Viewer, false],
  ])('offers the bulk import to a %s: %s', async (role, offered) => {
    signInOnA1(backend, role);
    (await open('/agreements/a1/commitments')).flush(page([item], 1, 1));
    await settle();
    const link = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="import-link"]');
    expect(link?.getAttribute('href') ?? null).toBe(offered ? '/agreements/a1/import' : null);
  });
});
