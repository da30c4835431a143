import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { DashboardDto, ErrorCode, OperationalStatus } from '@accord/shared';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { maliAgreement } from '../../testing/fixtures';
import { translocoTesting } from '../../testing/i18n';
import { settle } from '../../testing/settle';
import { todayInAgreementZone } from '../core/dates';
import { DashboardPage } from './dashboard-page';

const dashboard: DashboardDto = {
  agreementId: 'a1',
  asOf: todayInAgreementZone(maliAgreement.timeZone),
  commitments: 16,
  milestones: 41,
  implementationRate: 31.25,
  byLevel: [
    { level: 0, count: 5 },
    { level: 1, count: 6 },
    { level: 2, count: 3 },
    { level: 3, count: 2 },
  ],
  byOperationalStatus: [
    { status: OperationalStatus.Stalled, count: 7 },
    { status: null, count: 4 },
  ],
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
  byParty: [],
  overdue: [
    {
      kind: 'milestone',
      id: 'm1',
      commitmentId: 'c1',
      reference: 'Art. 18',
      title: 'Cantonment of combatants completed',
      dueDate: '2015-10-18',
      daysOverdue: 3000,
      pamLevel: 1,
    },
  ],
  overdueTotal: 1,
  withheld: null,
};

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let backend: HttpTestingController;
  const setOption = jest.fn();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFakeEcharts(setOption)],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DashboardPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    TestBed.tick();

    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    const request = backend.expectOne((candidate) => candidate.url === '/api/agreements/a1/dashboard');
    expect(request.request.params.has('asOf')).toBe(false);
    request.flush(dashboard);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function text(selector: string): string | undefined {
    return (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();
  }

  it('shows the implementation rate with one decimal, the % apart', () => {
    const rate = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="implementation-rate"]');

    expect(rate?.textContent).toBe('31.3');
    expect(rate?.nextElementSibling?.textContent).toBe('%');
  });

  it('shows the counts of commitments by PAM level', () => {
    expect([0, 1, 2, 3].map((level) => text(`[data-testid="level-count-${level}"]`))).toEqual(['5', '6', '3', '2']);
  });

  it('lists every operational status, with "not assessed" for commitments without one', () => {
    expect(text('[data-testid="status-count-stalled"]')).toBe('7');
    expect(text('[data-testid="status-count-on_track"]')).toBe('0');
    expect(text('[data-testid="status-count-none"]')).toBe('4');
  });

  it('links overdue items to their commitment', () => {
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="overdue-list"] a',
    );

    expect(link?.getAttribute('href')).toBe('/commitments/c1');
    expect(link?.textContent).toBe('Cantonment of combatants completed');
  });

  it("links to the agreement's status reports from its header", () => {
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>(
      '[data-testid="reports-link"]',
    );

    expect(link?.getAttribute('href')).toBe('/agreements/a1/reports');
    expect(link?.textContent?.trim()).toBe('Status reports');
  });

  it('gives screen readers the chart figures as a table', () => {
    const table = (fixture.nativeElement as HTMLElement).querySelector('.cdk-visually-hidden table');

    expect(table?.querySelector('caption')?.textContent?.trim()).toBe('Progress by pillar');
    expect(table?.querySelector('tbody th')?.textContent?.trim()).toBe('Defence and security');
    expect(table?.textContent).toContain('16.7%');
  });

  it('draws the rate chart with translated labels', async () => {
    await new Promise((resolve) => setTimeout(resolve));

    expect(setOption).toHaveBeenCalledWith(
      expect.objectContaining({
        dataset: expect.objectContaining({ source: [['Defence and security', 16.7]] }),
        series: [expect.objectContaining({ name: 'Implementation rate' })],
      }),
      true,
    );
  });

  it('shows no notice of withheld items when the account sees everything', () => {
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="withheld-notice"]')).toBeNull();
  });

  function asOfInput(): HTMLInputElement {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="as-of"]');
    if (!input) throw new Error('No as-of input');
    return input;
  }

  it("offers days from the signature to the agreement's today, in its own time zone", () => {
    expect(asOfInput().getAttribute('max')).toBe(todayInAgreementZone(maliAgreement.timeZone));
    expect(asOfInput().getAttribute('min')).toBe(maliAgreement.signedOn);
    expect(asOfInput().value).toBe(dashboard.asOf);
  });

  it('asks for a chosen day, drops it again for today, and ignores days out of range', () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const choose = (value: string) => {
      asOfInput().value = value;
      asOfInput().dispatchEvent(new Event('change'));
    };

    choose('2020-06-30');
    choose(todayInAgreementZone(maliAgreement.timeZone));
    choose('2015-05-14');
    choose('9999-12-31');

    expect(navigate.mock.calls.map(([, extras]) => extras?.queryParams)).toEqual([
      { asOf: '2020-06-30' },
      { asOf: null },
    ]);
  });

  it('ignores an as-of date in the URL that is not a day, rather than asking the API for it', async () => {
    for (const asOf of ['0999-02-28', '2023-02-30', '2023-1-5', 'yesterday']) {
      fixture.componentRef.setInput('asOf', asOf);
      await settle();

      backend.expectNone((candidate) => candidate.url === '/api/agreements/a1/dashboard');
      expect(asOfInput().value).toBe(dashboard.asOf);
    }
  });
});

describe('DashboardPage for an account not cleared for confidential items', () => {
  it('says how many confidential milestones and updates the figures leave out', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFakeEcharts()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    TestBed.tick();

    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    backend
      .expectOne((candidate) => candidate.url === '/api/agreements/a1/dashboard')
      .flush({ ...dashboard, withheld: { milestones: 3, statusUpdates: 1250 } } satisfies DashboardDto);
    await fixture.whenStable();

    const notice = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="withheld-notice"]');
    expect(notice?.getAttribute('role')).toBe('status');
    expect(notice?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Confidential items are left out of these figures for this account. Milestones: 3, status updates: 1,250.',
    );
    expect(notice?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    backend.verify();
  });
});

describe('DashboardPage of an agreement that does not exist', () => {
  it('says there is nothing at this address', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFakeEcharts()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.componentRef.setInput('agreementId', 'a404');
    TestBed.tick();

    const notFound = { statusCode: 404, code: ErrorCode.NotFound, message: 'Not Found', requestId: 'r1' };
    backend.expectOne('/api/agreements/a404').flush(notFound, { status: 404, statusText: 'Not Found' });
    backend
      .expectOne((candidate) => candidate.url === '/api/agreements/a404/dashboard')
      .flush(notFound, { status: 404, statusText: 'Not Found' });
    await settle();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
    backend.verify();
  });
});
