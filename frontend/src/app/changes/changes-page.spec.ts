import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ChangesDto, ErrorCode, OperationalStatus } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { todayInAgreementZone } from '../core/dates';
import { daysBefore } from './changes-dates';
import { ChangesPage } from './changes-page';

const today = todayInAgreementZone(maliAgreement.timeZone);

const changes: ChangesDto = {
  agreementId: 'a1',
  since: '2019-03-31',
  until: '2019-06-30',
  implementationRate: { before: 31.3, after: 39.6, difference: 8.3 },
  commitments: [
    {
      id: 'c1',
      reference: 'Art. 18',
      title: 'Cantonment of combatants',
      pillarId: 'p2',
      pillarName: 'Defence and security',
      before: { level: 1, status: OperationalStatus.Stalled },
      after: { level: 2, status: OperationalStatus.OnTrack },
    },
    {
      id: 'c2',
      reference: 'Art. 6',
      title: 'Interim authorities installed',
      pillarId: 'p1',
      pillarName: 'Political and institutional',
      before: { level: 0, status: null },
      after: { level: 0, status: OperationalStatus.Delayed },
    },
  ],
  newlyOverdue: [
    {
      kind: 'milestone',
      id: 'm9',
      commitmentId: 'c9',
      reference: 'Art. 21',
      title: 'Reform of the defence forces adopted',
      dueDate: '2019-05-15',
      daysOverdue: 46,
      pamLevel: 1,
    },
  ],
  indicators: [
    {
      id: 'i1',
      code: 'DDR-1',
      name: 'Combatants registered',
      unit: 'people',
      before: 32908,
      after: 63000,
      beforeAsOf: '2018-12-31',
      afterAsOf: '2019-06-30',
    },
    {
      id: 'i2',
      code: 'DDR-2',
      name: 'Combatants disarmed',
      unit: 'people',
      before: null,
      after: 1500,
      beforeAsOf: null,
      afterAsOf: '2019-05-20',
    },
  ],
  statusUpdates: 12,
};

const nothingChanged: ChangesDto = {
  ...changes,
  implementationRate: { before: null, after: null, difference: null },
  commitments: [],
  newlyOverdue: [],
  indicators: [],
  statusUpdates: 0,
};

describe('ChangesPage', () => {
  let fixture: ComponentFixture<ChangesPage>;
  let backend: HttpTestingController;

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** The texts of a row's cells; badges (level, status) apart, as the eye reads them. */
  const cells = (selector: string) =>
    [...page().querySelectorAll(`${selector} :is(th, td)`)].map((cell) => {
      const badges = [...cell.querySelectorAll('.badge')];
      const parts = badges.length ? badges : [...cell.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
      return parts
        .map((part) => part.textContent?.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
    });
  const changesRequest = () => backend.expectOne((candidate) => candidate.url === '/api/agreements/a1/changes');

  /** Opens the page with these query parameters; answers the agreement; returns the changes request. */
  async function open(query: { since?: string; until?: string } = {}): Promise<TestRequest> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(ChangesPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    if (query.since) fixture.componentRef.setInput('since', query.since);
    if (query.until) fixture.componentRef.setInput('until', query.until);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    await settle();
    return changesRequest();
  }

  async function answer(request: TestRequest, body: ChangesDto = changes): Promise<void> {
    request.flush(body);
    await settle();
  }

  afterEach(() => backend.verify());

  it("compares, by default, the agreement's today with 90 days before, asking for the start day only", async () => {
    const request = await open();

    expect(request.request.params.get('since')).toBe(daysBefore(today, 90));
    expect(request.request.params.has('until')).toBe(false);
    await answer(request, { ...changes, since: daysBefore(today, 90), until: today });
    const input = (testId: string) => page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    expect(input('since')?.value).toBe(daysBefore(today, 90));
    expect(input('since')?.getAttribute('min')).toBe(maliAgreement.signedOn);
    expect(input('until')?.value).toBe(today);
    expect(input('until')?.getAttribute('max')).toBe(today);
  });

  it('does not let the end come before a chosen start', async () => {
    await answer(await open({ since: '2019-03-31' }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const until = page().querySelector<HTMLInputElement>('[data-testid="until"]');
    if (!until) throw new Error('No until input');

    expect(until.getAttribute('min')).toBe('2019-03-31');
    until.value = '2019-03-30';
    until.dispatchEvent(new Event('change'));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for the days in the URL', async () => {
    const request = await open({ since: '2019-03-31', until: '2019-06-30' });

    expect(request.request.params.get('since')).toBe('2019-03-31');
    expect(request.request.params.get('until')).toBe('2019-06-30');
    await answer(request);
    expect(text('[data-testid="period"]')).toBe(
      'Figures as they were known at the end of Mar 31, 2019 and at the end of Jun 30, 2019.',
    );
  });

  it('ignores days in the URL that are not days, rather than asking the API for them', async () => {
    const request = await open({ since: '2019-02-30', until: 'today' });

    expect(request.request.params.get('since')).toBe(daysBefore(today, 90));
    expect(request.request.params.has('until')).toBe(false);
    request.flush(changes);
  });

  it('shows the PAM rate on both days and the difference in points, with its sign', async () => {
    await answer(await open({ since: '2019-03-31', until: '2019-06-30' }));

    expect(text('[data-testid="rate-before"]')).toBe('31.3%');
    expect(text('[data-testid="rate-after"]')).toBe('39.6%');
    expect(text('[data-testid="rate-difference"]')).toBe('+8.3 points');
    expect(text('[data-testid="rate-figure"]')).toContain('On Mar 31, 2019');
  });

  it('writes a fall in the rate with a minus sign', async () => {
    const request = await open({ since: '2019-03-31' });
    await answer(request, { ...changes, implementationRate: { before: 39.6, after: 35.4, difference: -4.2 } });

    expect(text('[data-testid="rate-difference"]')).toBe('-4.2 points');
  });

  it('lists the commitments whose level or status changed, linked, with both states', async () => {
    await answer(await open({ since: '2019-03-31' }));

    const link = page().querySelector<HTMLAnchorElement>('[data-testid="changed-c1"] a');
    expect(link?.getAttribute('href')).toBe('/commitments/c1');
    expect(link?.textContent?.trim()).toBe('Art. 18');
    expect(cells('[data-testid="changed-c1"]')).toEqual([
      'Art. 18',
      'Cantonment of combatants Defence and security',
      'Minimal Stalled',
      'Intermediate On track',
    ]);
    expect(cells('[data-testid="changed-c2"]').slice(2)).toEqual([
      'Not initiated Not assessed',
      'Not initiated Delayed',
    ]);
  });

  it('lists the items newly overdue, linked to their commitment', async () => {
    await answer(await open({ since: '2019-03-31' }));

    const link = page().querySelector<HTMLAnchorElement>('[data-testid="changes-overdue"] tbody a');
    expect(link?.getAttribute('href')).toBe('/commitments/c9');
    expect(link?.textContent?.trim()).toBe('Reform of the defence forces adopted');
    expect(cells('[data-testid="changes-overdue"] tbody tr')).toEqual([
      'Art. 21',
      'Reform of the defence forces adopted',
      'Milestone',
      'May 15, 2019',
      '46',
      'Minimal',
    ]);
  });

  it('lists the indicators that moved, with their values on both days', async () => {
    await answer(await open({ since: '2019-03-31' }));

    expect(cells('[data-testid="indicator-i1"]')).toEqual([
      'Combatants registered DDR-1',
      '32,908 as of Dec 31, 2018',
      '63,000 as of Jun 30, 2019',
      '+30,092',
    ]);
    expect(cells('[data-testid="indicator-i2"]')).toEqual([
      'Combatants disarmed DDR-2',
      'No approved value',
      '1,500 as of May 20, 2019',
      '—',
    ]);
  });

  it('counts the updates approved in the window', async () => {
    await answer(await open({ since: '2019-03-31' }));

    expect(text('[data-testid="status-updates"]')).toBe('12');
  });

  it('says so in each section when nothing changed', async () => {
    const request = await open({ since: '2019-03-31' });
    await answer(request, nothingChanged);

    expect(text('[data-testid="changes-rate"] .empty')).toBe('There were no commitments to rate on these days.');
    expect(page().querySelector('[data-testid="rate-figure"]')).toBeNull();
    expect(text('[data-testid="changes-updates"] .empty')).toBe('No status update was approved in this period.');
    expect(text('[data-testid="changes-commitments"] .empty')).toBe('No commitment changed level or status.');
    expect(page().querySelector('[data-testid="changes-commitments"] table')).toBeNull();
    expect(text('[data-testid="changes-overdue"] .empty')).toBe('Nothing became overdue in this period.');
    expect(text('[data-testid="changes-indicators"] .empty')).toBe('No indicator value changed.');
  });

  it("shows the API's refusal, and its reason under the day concerned", async () => {
    const request = await open({ since: '2019-07-31', until: '2019-06-30' });
    request.flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'Validation failed',
        errors: { since: 'rangeReversed' },
        requestId: 'r1',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text('[role="alert"]')).toBe('Some fields need attention.');
    expect(text('[data-testid="since-error"]')).toBe('The start must come before the end.');
    expect(page().querySelector('[data-testid="since"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(page().querySelector('[data-testid="until-error"]')).toBeNull();
    expect(page().querySelector('[data-testid="changes-rate"]')).toBeNull();
  });

  it('keeps chosen days in the URL, drops the defaults, and ignores days out of range', async () => {
    await answer(await open());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const choose = (testId: string, value: string) => {
      const input = page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(`No ${testId} input`);
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };

    choose('since', '2019-03-31');
    choose('since', daysBefore(today, 90));
    choose('since', '2015-05-14');
    choose('since', '9999-12-31');
    // Without a chosen start, the start follows the end: 90 days before it.
    choose('until', '2019-06-30');
    choose('until', today);
    choose('until', '2015-05-14');

    expect(navigate.mock.calls.map(([, extras]) => extras?.queryParams)).toEqual([
      { since: '2019-03-31' },
      { since: null },
      { until: '2019-06-30' },
      { until: null },
    ]);
    expect(navigate.mock.calls.every(([, extras]) => extras?.queryParamsHandling === 'merge')).toBe(true);
  });
});

describe('ChangesPage of an agreement that does not exist', () => {
  it('says there is nothing at this address', async () => {
    const backend = configureApiTesting();
    const fixture = TestBed.createComponent(ChangesPage);
    fixture.componentRef.setInput('agreementId', 'a404');
    fixture.componentRef.setInput('since', '2019-03-31');
    await settle();

    const notFound = { statusCode: 404, code: ErrorCode.NotFound, message: 'Not Found', requestId: 'r1' };
    backend.expectOne('/api/agreements/a404').flush(notFound, { status: 404, statusText: 'Not Found' });
    backend
      .expectOne((candidate) => candidate.url === '/api/agreements/a404/changes')
      .flush(notFound, { status: 404, statusText: 'Not Found' });
    await settle();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
    backend.verify();
  });
});
