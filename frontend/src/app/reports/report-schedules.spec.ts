import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementRole, ErrorCode, ReportScheduleDto, ReportScheduleRunDto, UserDto } from '@accord/shared';
import { configureApiTesting, flushApiError } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { settle } from '../../testing/settle';
import { ReportSchedules } from './report-schedules';

const user = (id: string, displayName: string, overrides: Partial<UserDto> = {}): UserDto => ({
  id,
  email: `${id}@example.org`,
  displayName,
  isAdmin: false,
  disabled: false,
  version: 1,
  memberships: [{ agreementId: 'a1', role: AgreementRole.Viewer, confidentialAccess: false, trusted: false }],
  ...overrides,
});
const USERS: UserDto[] = [
  user('vera', 'Vera Viewer'),
  user('ada', 'Ada Admin', { isAdmin: true, memberships: [] }),
  // Not offered: a member of another agreement only, and a disabled account.
  user('omar', 'Omar Outsider', { memberships: [{ ...user('x', 'x').memberships[0], agreementId: 'a2' }] }),
  user('gone', 'Gone Member', { disabled: true }),
];

const schedule = (id: string, overrides: Partial<ReportScheduleDto> = {}): ReportScheduleDto => ({
  id,
  agreementId: 'a1',
  cadence: 'monthly',
  dayOfMonth: 5,
  language: 'en',
  paused: false,
  recipients: [
    { userId: 'vera', displayName: 'Vera Viewer', email: 'vera@example.org', receives: true },
    { userId: 'moussa', displayName: 'Moussa Monitor', email: 'moussa@example.org', receives: false },
  ],
  createdAt: '2026-01-10T10:00:00.000Z',
  createdByName: 'Ada Admin',
  lastRun: { asOf: '2025-12-31', ranAt: '2026-01-05T00:00:09.000Z' },
  nextRun: { runsOn: '2026-02-05', asOf: '2026-01-31', previousAsOf: '2025-12-31' },
  version: 4,
  ...overrides,
});
const run = (recipients: string[][]): ReportScheduleRunDto => ({
  id: 'run1',
  scheduleId: 's1',
  asOf: '2026-01-31',
  previousAsOf: '2025-12-31',
  ranAt: '2026-02-05T10:00:00.000Z',
  ranById: 'ada',
  reports: recipients.map((recipientIds, index) => ({
    reportId: `r${index}`,
    includesConfidential: index > 0,
    recipientIds,
  })),
});

describe('ReportSchedules', () => {
  let fixture: ComponentFixture<ReportSchedules>;
  let backend: HttpTestingController;
  const { element, find, text, type } = byTestId(() => fixture);
  const SCHEDULES_URL = '/api/agreements/a1/report-schedules';
  const listRequest = () => backend.expectOne({ method: 'GET', url: SCHEDULES_URL });
  const click = async (testId: string) => {
    element<HTMLButtonElement>(testId).click();
    await settle();
  };
  /** The native input of a Material checkbox. */
  const checkbox = (testId: string) => {
    const input = element(testId).querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!input) throw new Error(`No checkbox in ${testId}`);
    return input;
  };

  async function open(schedules: ReportScheduleDto[]): Promise<void> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(ReportSchedules);
    fixture.componentRef.setInput('agreementId', 'a1');
    fixture.componentRef.setInput('defaultLanguage', 'fr');
    await settle();
    listRequest().flush(schedules);
    backend.expectOne('/api/users').flush(USERS);
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists each schedule with its days, language, recipients, next and last report', async () => {
    await open([
      schedule('s1'),
      schedule('s2', {
        cadence: 'quarterly',
        dayOfMonth: 1,
        language: 'fr',
        paused: true,
        nextRun: null,
        lastRun: null,
      }),
    ]);

    expect(text('schedule-s1')).toContain('Monthly, on day 5');
    expect(text('schedule-s1')).toContain('English');
    expect(text('schedule-s1')).toContain('Vera Viewer');
    expect(text('schedule-s1')).toContain('Moussa Monitor no longer reads this agreement: receives nothing');
    expect(text('schedule-s1')).toContain('On Feb 5, 2026: the report as of Jan 31, 2026');
    expect(text('schedule-s1')).toContain('As of Dec 31, 2025, sent on Jan 5, 2026');
    expect(text('schedule-s2')).toContain('Quarterly, on day 1 of January, April, July and October');
    expect(text('schedule-s2')).toContain('Paused');
    expect(text('schedule-s2')).toContain('None yet');
    expect(text('schedule-pause-s2').trim()).toBe('Resume');
    expect(find('schedule-run-s2')).toBeNull();
    expect(element('schedule-edit-s1').closest('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Actions on the schedule: Monthly, on day 5',
    );
  });

  it('says so when nothing is scheduled', async () => {
    await open([]);

    expect(text('schedules-none')).toContain('No report is scheduled for this agreement.');
  });

  it('creates a schedule for recipients chosen among the members and administrators, then lists it', async () => {
    await open([]);
    await click('schedule-new');
    // Offered: the agreement's members and the administrators, active, by name.
    expect(find('schedule-recipient-omar')).toBeNull();
    expect(find('schedule-recipient-gone')).toBeNull();
    expect(text('schedule-recipients')).toMatch(/Ada Admin.*Vera Viewer/);

    type('schedule-cadence', 'quarterly', 'change');
    type('schedule-day', '28');
    checkbox('schedule-recipient-vera').click();
    checkbox('schedule-recipient-ada').click();
    await click('schedule-save');

    const post = backend.expectOne({ method: 'POST', url: SCHEDULES_URL });
    expect(post.request.body).toEqual({
      cadence: 'quarterly',
      dayOfMonth: 28,
      language: 'fr',
      recipientIds: ['vera', 'ada'],
    });
    expect(post.request.headers.get('Idempotency-Key')).toBeTruthy();
    post.flush(schedule('s3', { cadence: 'quarterly', dayOfMonth: 28 }));
    await settle();
    expect(text('schedules-notice')).toContain('Schedule created.');
    expect(find('schedule-form')).toBeNull();
    listRequest().flush([schedule('s3', { cadence: 'quarterly', dayOfMonth: 28 })]);
    await settle();
    expect(text('schedule-s3')).toContain('Quarterly, on day 28');
  });

  it('sends nothing without a recipient or with a day no month lacks, and shows why the API refuses', async () => {
    await open([]);
    await click('schedule-new');
    type('schedule-day', '29');
    await click('schedule-save');
    backend.expectNone({ method: 'POST', url: SCHEDULES_URL });
    expect(text('schedule-form')).toContain('The value is too large.');
    expect(text('schedule-recipients-error')).toContain('Choose at least one.');

    type('schedule-day', '3');
    checkbox('schedule-recipient-vera').click();
    await click('schedule-save');
    flushApiError(backend.expectOne({ method: 'POST', url: SCHEDULES_URL }), 400, ErrorCode.ValidationFailed, {
      'recipientIds.0': 'notAReader',
    });
    await settle();
    expect(text('schedule-form-error')).toContain('This account cannot read the agreement');
  });

  it('edits a schedule under its version, and reloads it when another administrator was first', async () => {
    await open([schedule('s1')]);
    await click('schedule-edit-s1');
    expect(checkbox('schedule-recipient-vera').checked).toBe(true);
    type('schedule-day', '12');
    await click('schedule-save');

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/report-schedules/s1' });
    expect(patch.request.headers.get('If-Match')).toBe('"4"');
    expect(patch.request.body).toEqual({
      cadence: 'monthly',
      dayOfMonth: 12,
      language: 'en',
      recipientIds: ['vera', 'moussa'],
    });
    flushApiError(patch, 412, ErrorCode.PreconditionFailed);
    await settle();
    expect(text('schedules-conflict')).toContain('Another administrator changed this schedule meanwhile.');
    listRequest().flush([schedule('s1', { version: 5 })]);
    await settle();

    // The form kept the day typed; the save now carries the version read again.
    await click('schedule-save');
    const again = backend.expectOne({ method: 'PATCH', url: '/api/report-schedules/s1' });
    expect(again.request.headers.get('If-Match')).toBe('"5"');
    expect(again.request.body.dayOfMonth).toBe(12);
    again.flush(schedule('s1', { dayOfMonth: 12, version: 6 }));
    await settle();
    expect(text('schedules-notice')).toContain('Schedule saved.');
    listRequest().flush([schedule('s1', { dayOfMonth: 12, version: 6 })]);
  });

  it('pauses a schedule, sends it now, says when it had been sent, and deletes it', async () => {
    await open([schedule('s1')]);

    await click('schedule-pause-s1');
    const pause = backend.expectOne({ method: 'PATCH', url: '/api/report-schedules/s1' });
    expect(pause.request.body).toEqual({ paused: true });
    expect(pause.request.headers.get('If-Match')).toBe('"4"');
    pause.flush(schedule('s1', { paused: true, nextRun: null, version: 5 }));
    await settle();
    listRequest().flush([schedule('s1', { paused: true, nextRun: null, version: 5 })]);
    await settle();
    expect(find('schedule-run-s1')).toBeNull();

    await click('schedule-pause-s1');
    const resume = backend.expectOne({ method: 'PATCH', url: '/api/report-schedules/s1' });
    expect(resume.request.body).toEqual({ paused: false });
    expect(resume.request.headers.get('If-Match')).toBe('"5"');
    resume.flush(schedule('s1', { version: 6 }));
    await settle();
    listRequest().flush([schedule('s1', { version: 6 })]);
    await settle();

    await click('schedule-run-s1');
    const sent = backend.expectOne({ method: 'POST', url: '/api/report-schedules/s1/runs' });
    expect(sent.request.headers.get('Idempotency-Key')).toBeTruthy();
    sent.flush(run([['vera', 'moussa'], ['rokia']]), { status: 201, statusText: 'Created' });
    await settle();
    expect(text('schedules-notice')).toContain('The report as of Jan 31, 2026 was sent to 3 recipients.');
    listRequest().flush([schedule('s1', { version: 6 })]);
    await settle();

    await click('schedule-run-s1');
    backend
      .expectOne({ method: 'POST', url: '/api/report-schedules/s1/runs' })
      .flush(run([['vera']]), { status: 200, statusText: 'OK' });
    await settle();
    expect(text('schedules-notice')).toContain('had been sent already: nothing was sent again.');
    listRequest().flush([schedule('s1', { version: 6 })]);
    await settle();

    await click('schedule-delete-s1');
    const removal = backend.expectOne({ method: 'DELETE', url: '/api/report-schedules/s1' });
    expect(removal.request.headers.get('If-Match')).toBe('"6"');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(text('schedules-notice')).toContain('Schedule deleted.');
    listRequest().flush([]);
  });

  it('shows why the API refused to send a schedule now', async () => {
    await open([schedule('s1')]);

    await click('schedule-run-s1');
    flushApiError(
      backend.expectOne({ method: 'POST', url: '/api/report-schedules/s1/runs' }),
      409,
      ErrorCode.Conflict,
      {
        paused: 'schedulePaused',
      },
    );
    await settle();

    expect(text('schedules-error')).toContain('This conflicts with a change made meanwhile.');
    listRequest().flush([schedule('s1', { paused: true, nextRun: null })]);
  });
});
