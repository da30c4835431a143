import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ErrorCode, PublicAgreementDto } from '@accord/shared';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { translocoTesting } from '../../testing/i18n';
import { settle } from '../../testing/settle';
import { authInterceptor } from '../core/auth/auth.interceptor';
import { AuthService } from '../core/auth/auth.service';
import { apiErrorInterceptor } from '../core/errors/api-error.interceptor';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title-strategy';
import { PublicAgreementPage } from './public-agreement-page';
import { PUBLIC_ROUTES } from './public.routes';

const API_URL = '/api/public/agreements/mali-2015';
const TOKEN_STORAGE_KEY = 'accord.accessToken';

const publicMali: PublicAgreementDto = {
  agreement: {
    slug: 'mali-2015',
    title: 'Agreement for Peace and Reconciliation in Mali',
    shortTitle: 'Mali 2015',
    country: 'Mali',
    signedOn: '2015-05-15',
    description: 'Signed in Bamako by the Government of Mali and the armed movements.',
  },
  dashboard: {
    asOf: '2024-06-30',
    commitments: 16,
    milestones: 41,
    implementationRate: 31.25,
    byLevel: [
      { level: 0, count: 5 },
      { level: 1, count: 6 },
      { level: 3, count: 2 },
    ],
    byOperationalStatus: [],
    byPillar: [
      {
        id: 'p2',
        label: 'Defence and security',
        commitments: 6,
        rate: 16.7,
        levels: [
          { level: 0, count: 3 },
          { level: 1, count: 3 },
        ],
      },
    ],
    byParty: [
      {
        id: 'gov',
        label: 'Government of Mali',
        commitments: 10,
        rate: 40,
        levels: [{ level: 2, count: 10 }],
      },
    ],
    overdue: [
      {
        kind: 'milestone',
        id: 'm1',
        commitmentId: 'c1',
        reference: 'Art. 18',
        title: 'Cantonment of combatants completed',
        dueDate: '2015-10-18',
        daysOverdue: 3178,
        pamLevel: 1,
      },
    ],
    overdueTotal: 4,
  },
};

const notFound = {
  body: { statusCode: 404, code: ErrorCode.NotFound, message: 'Public page not found', requestId: 'r1' },
  init: { status: 404, statusText: 'Not Found' },
};

describe('PublicAgreementPage', () => {
  let fixture: ComponentFixture<PublicAgreementPage>;
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([]),
        // The app's interceptors, as app.config.ts lists them: the page must not go through them.
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideFakeEcharts(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    localStorage.clear();
  });

  function open(slug = 'mali-2015'): void {
    fixture = TestBed.createComponent(PublicAgreementPage);
    fixture.componentRef.setInput('slug', slug);
    TestBed.tick();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(selector: string): string | undefined {
    return page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  }

  describe('of an agreement with a public page', () => {
    beforeEach(async () => {
      open();
      backend.expectOne(API_URL).flush(publicMali);
      await fixture.whenStable();
    });

    it('heads the page with the app, the agreement, its country and signature date, and the language menu', () => {
      expect(text('.brand')).toBe('Accord Tracker');
      expect(text('h1')).toBe('Agreement for Peace and Reconciliation in Mali');
      expect(text('[data-testid="agreement-country"]')).toBe('Mali');
      expect(text('[data-testid="signed-on"]')).toBe('Signed May 15, 2015');
      expect(text('acc-language-menu button')).toBe('English');
    });

    it('says the figures count approved, non-confidential updates only, as of the day the API gives', () => {
      expect(text('[data-testid="scope-note"]')).toBe(
        'These figures count approved, non-confidential updates only, as of Jun 30, 2024.',
      );
    });

    it('shows the implementation rate and the counts, every PAM level included', () => {
      expect(text('[data-testid="implementation-rate"]')).toBe('31.3');
      expect(text('[data-testid="commitment-count"]')).toBe('16');
      expect(text('[data-testid="milestone-count"]')).toBe('41');
      expect(text('[data-testid="overdue-count"]')).toBe('4');
      expect([0, 1, 2, 3].map((level) => text(`[data-testid="level-count-${level}"]`))).toEqual(['5', '6', '0', '2']);
    });

    it('shows progress by pillar and by party with the dashboard charts', () => {
      const captions = Array.from(page().querySelectorAll('acc-progress-chart caption'), (caption) =>
        caption.textContent?.trim(),
      );

      expect(captions).toEqual(['Progress by pillar', 'Progress by responsible party']);
      expect(text('acc-progress-chart tbody th')).toBe('Defence and security');
    });

    it('lists overdue items without links into the signed-in app, and says how many there are in all', () => {
      const list = page().querySelector('[data-testid="overdue-list"]');

      expect(list?.textContent).toContain('Cantonment of combatants completed');
      expect(list?.textContent).toContain('3,178');
      expect(page().querySelector('a')).toBeNull();
      expect(text('[data-testid="overdue-shown"]')).toBe('Showing the 1 most overdue of 4.');
    });
  });

  it('says the agreement has no public page when the API answers 404', async () => {
    open('no-such-agreement');
    backend.expectOne('/api/public/agreements/no-such-agreement').flush(notFound.body, notFound.init);
    await settle();

    expect(text('[data-testid="no-public-page"]')).toBe(
      'This agreement has no public page. The address may be mistyped, or the page may have been taken offline.',
    );
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(page().querySelector('.figures')).toBeNull();
    expect(page().querySelector('h1')).toBeNull();
  });

  it('shows other failures as an error', async () => {
    open();
    backend
      .expectOne(API_URL)
      .flush(
        { statusCode: 500, code: ErrorCode.Internal, message: 'Internal server error', requestId: 'r2' },
        { status: 500, statusText: 'Internal Server Error' },
      );
    await settle();

    expect(text('[role="alert"]')).toBe('Something went wrong on the server. Please try again later.');
    expect(page().querySelector('[data-testid="no-public-page"]')).toBeNull();
  });

  it('sends no token for a signed-in reader, and a refusal of this call leaves their session alone', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    open();
    const request = backend.expectOne(API_URL);
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush(
      { statusCode: 401, code: ErrorCode.Unauthorized, message: 'Unauthorized', requestId: 'r3' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(TestBed.inject(AuthService).token()).toBe('token-1');
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('PUBLIC_ROUTES', () => {
  it('opens the page of the slug in the URL, under its own title', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'public', children: PUBLIC_ROUTES }], withComponentInputBinding()),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/public/mali-2015', PublicAgreementPage);
    backend.expectOne(API_URL).flush(notFound.body, notFound.init);
    await settle();

    expect(TestBed.inject(Title).getTitle()).toBe('Implementation progress · Accord Tracker');
    expect(harness.routeNativeElement?.querySelector('[data-testid="no-public-page"]')).not.toBeNull();
    backend.verify();
  });
});
