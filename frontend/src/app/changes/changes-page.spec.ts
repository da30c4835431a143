import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ChangesDto, ErrorCode, MeetingMarkDto, OperationalStatus } from '@accord/shared';
import { configureApiTesting, flushApiError } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { todayInAgreementZone } from '../core/dates';
import { daysBefore, defaultSince } from './changes-dates';
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

const meeting = (heldOn: string, title: string | null = null): MeetingMarkDto => ({
  heldOn,
  title,
  createdAt: `${heldOn}T18:00:00.000Z`,
});

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

  const meetingsUrl = '/api/agreements/a1/meetings';

  /**
   * Opens the page with these query parameters; answers the agreement, and the user's meeting marks with
   * `meetings` (none by default) or as `meetings` does; returns the changes request.
   */
  async function open(
    query: { since?: string; until?: string } = {},
    meetings: MeetingMarkDto[] | ((request: TestRequest) => void) = [],
  ): Promise<TestRequest> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(ChangesPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    if (query.since) fixture.componentRef.setInput('since', query.since);
    if (query.until) fixture.componentRef.setInput('until', query.until);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    const meetingsRequest = backend.expectOne(meetingsUrl);
    if (Array.isArray(meetings)) meetingsRequest.flush(meetings);
    else meetings(meetingsRequest);
    await settle();
    return changesRequest();
  }

  const { element, type } = byTestId(() => fixture);
  const button = (testId: string) => element<HTMLButtonElement>(testId);
  /** The chips of the user's meetings: their text and whether they are the start day compared from. */
  const meetingChips = () =>
    [...page().querySelectorAll('[data-testid^="meeting-2"]')].map((chip) => ({
      text: chip.querySelector('.mdc-evolution-chip__text-label')?.textContent?.replace(/\s+/g, ' ').trim(),
      selected: chip.querySelector('[role="option"]')?.getAttribute('aria-selected') === 'true',
    }));

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
    flushApiError(request, 400, ErrorCode.ValidationFailed, { since: 'rangeReversed' });
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

  describe("the user's monitoring meetings", () => {
    it('compares, by default, since the last meeting the user marked before today, shown as chosen', async () => {
      const request = await open({}, [meeting(today), meeting('2019-03-14', 'CSA 32'), meeting('2018-01-10')]);

      expect(request.request.params.get('since')).toBe('2019-03-14');
      expect(request.request.params.has('until')).toBe(false);
      await answer(request, { ...changes, since: '2019-03-14', until: today });
      expect(page().querySelector<HTMLInputElement>('[data-testid="since"]')?.value).toBe('2019-03-14');
      expect(meetingChips().slice(1)).toEqual([
        { text: 'Mar 14, 2019 · CSA 32', selected: true },
        { text: 'Jan 10, 2018', selected: false },
      ]);
      // Today is marked already: no second mark for it.
      expect(page().querySelector('[data-testid="mark-meeting"]')).toBeNull();
    });

    it('takes the last meeting before a chosen end day', async () => {
      const request = await open({ until: '2019-06-30' }, [meeting('2020-01-20'), meeting('2019-03-14')]);

      expect(request.request.params.get('since')).toBe('2019-03-14');
      expect(request.request.params.get('until')).toBe('2019-06-30');
      request.flush(changes);
    });

    it('keeps the 90-day default when the user marked no meeting, and says so', async () => {
      await answer(await open());

      expect(text('[data-testid="no-meetings"]')).toBe(
        'You have not marked any meeting yet. Until you do, changes are shown over the last 90 days.',
      );
    });

    it('keeps the 90-day default when the meetings cannot be loaded', async () => {
      const request = await open({}, (meetings) => flushApiError(meetings, 503, ErrorCode.Internal));

      expect(request.request.params.get('since')).toBe(daysBefore(today, 90));
      request.flush(changes);
    });

    it('compares since a meeting picked among the chips, keeping it in the URL', async () => {
      await answer(await open({}, [meeting('2019-03-14'), meeting('2018-01-10')]));
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

      const pick = (heldOn: string) =>
        page().querySelector<HTMLElement>(`[data-testid="meeting-${heldOn}"] [role="option"]`)?.click();

      // The chip of the day already compared from stays chosen.
      pick('2019-03-14');
      await settle();
      expect(navigate).not.toHaveBeenCalled();
      expect(meetingChips().map(({ selected }) => selected)).toEqual([true, false]);
      pick('2018-01-10');

      expect(navigate.mock.calls.map(([, extras]) => extras?.queryParams)).toEqual([{ since: '2018-01-10' }]);
      expect(navigate.mock.calls[0][1]?.queryParamsHandling).toBe('merge');
    });

    it('marks a meeting on the end day with its title, and lists it', async () => {
      await answer(await open({ since: '2019-03-31', until: '2019-06-30' }, [meeting('2018-01-10')]));
      type('meeting-title', ' CSA 33 ');

      expect(text('[data-testid="mark-meeting"]')).toBe('Mark a meeting on Jun 30, 2019');
      button('mark-meeting').click();
      const mark = backend.expectOne({ method: 'POST', url: meetingsUrl });
      expect(mark.request.body).toEqual({ heldOn: '2019-06-30', title: 'CSA 33' });
      mark.flush(meeting('2019-06-30', 'CSA 33'), { status: 201, statusText: 'Created' });
      await settle();

      expect(meetingChips().map(({ text }) => text)).toEqual(['Jun 30, 2019 · CSA 33', 'Jan 10, 2018']);
      expect(text('[data-testid="meeting-notice"]')).toBe('Meeting of Jun 30, 2019 marked.');
      expect(page().querySelector('[data-testid="mark-meeting"]')).toBeNull();
      // The start day was chosen in the URL: marking does not move it.
      backend.expectNone((candidate) => candidate.url === '/api/agreements/a1/changes');
    });

    it('sends no title when none is typed', async () => {
      await answer(await open({ since: '2019-03-31' }));

      button('mark-meeting').click();
      const mark = backend.expectOne({ method: 'POST', url: meetingsUrl });
      expect(mark.request.body).toEqual({ heldOn: today });
      mark.flush(meeting(today), { status: 201, statusText: 'Created' });
      await settle();
    });

    it('says why the API refused a mark, under the meetings', async () => {
      await answer(await open({ since: '2019-03-31' }));

      button('mark-meeting').click();
      flushApiError(backend.expectOne({ method: 'POST', url: meetingsUrl }), 409, ErrorCode.Conflict, {
        heldOn: 'alreadyMarked',
      });
      await settle();

      expect(text('[data-testid="meeting-error"]')).toBe('A meeting is marked on this day already.');
      expect(button('mark-meeting').disabled).toBe(false);
    });

    it('removes a mark; the default start then moves to the meeting before it', async () => {
      await answer(await open({}, [meeting('2019-03-14'), meeting('2018-01-10')]));

      button('unmark-2019-03-14').click();
      const unmark = backend.expectOne({ method: 'DELETE', url: `${meetingsUrl}/2019-03-14` });
      unmark.flush(null, { status: 204, statusText: 'No Content' });
      await settle();

      expect(meetingChips()).toEqual([{ text: 'Jan 10, 2018', selected: true }]);
      expect(text('[data-testid="meeting-notice"]')).toBe('Meeting of Mar 14, 2019 removed.');
      const request = changesRequest();
      expect(request.request.params.get('since')).toBe('2018-01-10');
      request.flush(changes);
    });
  });
});

describe('defaultSince', () => {
  it('is the last meeting strictly before the end day, whatever the order of the marks', () => {
    const marks = [meeting('2018-01-10'), meeting('2019-06-30'), meeting('2019-03-14')];
    expect(defaultSince('2019-06-30', '2015-05-15', marks)).toBe('2019-03-14');
    expect(defaultSince('2019-07-01', '2015-05-15', marks)).toBe('2019-06-30');
  });

  it('is 90 days before the end day without an earlier meeting, but not before the signature', () => {
    expect(defaultSince('2019-06-30', '2015-05-15', [meeting('2019-06-30')])).toBe(daysBefore('2019-06-30', 90));
    expect(defaultSince('2015-06-30', '2015-05-15', [])).toBe('2015-05-15');
  });
});

describe('ChangesPage of an agreement that does not exist', () => {
  it('says there is nothing at this address', async () => {
    const backend = configureApiTesting();
    const fixture = TestBed.createComponent(ChangesPage);
    fixture.componentRef.setInput('agreementId', 'a404');
    fixture.componentRef.setInput('since', '2019-03-31');
    await settle();

    const notFound = (request: TestRequest) => flushApiError(request, 404, ErrorCode.NotFound);
    notFound(backend.expectOne('/api/agreements/a404'));
    notFound(backend.expectOne('/api/agreements/a404/meetings'));
    notFound(backend.expectOne((candidate) => candidate.url === '/api/agreements/a404/changes'));
    await settle();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
    backend.verify();
  });
});
