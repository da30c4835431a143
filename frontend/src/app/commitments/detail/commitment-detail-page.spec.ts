import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  CommitmentDetailDto,
  CreateStatusUpdateRequest,
  ErrorCode,
  MilestoneDto,
  OperationalStatus,
  AgreementRole,
  PillarTheme,
  ReviewState,
  TextSectionKind,
} from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { configureApiTesting } from '../../../testing/api-testing';
import { settle } from '../../../testing/settle';
import { AuthService } from '../../core/auth/auth.service';
import { todayInAgreementZone } from '../../core/dates';
import { CommitmentDetailPage } from './commitment-detail-page';

/** The agreement's today, as the API computes statuses and bounds effective dates. */
const agreementToday = todayInAgreementZone(maliAgreement.timeZone);

const milestone: MilestoneDto = {
  id: 'm1',
  asOf: agreementToday,
  commitmentId: 'c1',
  title: 'Combatant lists handed to the Technical Security Commission',
  description: null,
  dueDate: '2015-07-20',
  position: 1,
  version: 3,
  level: 1,
  pamScore: 1,
  operationalStatus: OperationalStatus.Stalled,
  overdue: true,
  confidential: false,
  history: [
    {
      id: 'u1',
      milestoneId: 'm1',
      effectiveDate: '2017-12-31',
      level: 1,
      pamScore: 1,
      operationalStatus: OperationalStatus.Stalled,
      narrative: 'Armed groups had still not handed over combatant lists.',
      sourceLinks: [{ url: 'https://peaceaccords.nd.edu/', title: 'PAM, Mali 2015' }],
      authorId: 'u7',
      authorName: 'Aminata Traoré',
      recordedAt: '2018-01-10T09:00:00Z',
      confidential: false,
      reviewState: ReviewState.Approved,
      reviewedAt: '2018-01-11T09:00:00Z',
      reviewerName: 'Rokia Reviewer',
      returnReason: null,
      resubmissionOf: null,
      resubmittedAs: null,
      evidence: [],
    },
  ],
};

const commitment: CommitmentDetailDto = {
  id: 'c1',
  asOf: agreementToday,
  agreementId: 'a1',
  reference: 'Art. 18',
  title: 'Cantonment, disarmament and demobilization of combatants',
  text: 'The parties commit to the cantonment of combatants.',
  section: {
    id: 's18',
    parentId: null,
    kind: TextSectionKind.Article,
    number: '18',
    heading: 'Cantonment',
    body: null,
    position: 18,
  },
  pillar: { id: 'p2', code: 'II', name: 'Defence and security', theme: PillarTheme.DefenceSecurity, position: 2 },
  parties: [{ id: 'gov', acronym: 'GoM', name: 'Government of Mali' }],
  deadline: '2015-10-18',
  deadlineNote: '120 days after signature',
  version: 1,
  pamLevel: 1,
  operationalStatus: OperationalStatus.Stalled,
  overdue: true,
  milestones: [milestone],
};

describe('CommitmentDetailPage', () => {
  let fixture: ComponentFixture<CommitmentDetailPage>;
  let backend: HttpTestingController;

  function configure(): void {
    backend = configureApiTesting();
  }

  async function render(role: AgreementRole | 'admin', { agreement = true } = {}): Promise<void> {
    configure();
    TestBed.inject(AuthService).loadCurrentUser().subscribe();
    backend.expectOne('/api/auth/me').flush({
      id: 'u9',
      email: 'u@example.org',
      displayName: 'U',
      isAdmin: role === 'admin',
      memberships: role === 'admin' ? [] : [{ agreementId: 'a1', role, confidentialAccess: false, trusted: false }],
    });

    fixture = TestBed.createComponent(CommitmentDetailPage);
    fixture.componentRef.setInput('commitmentId', 'c1');
    TestBed.tick();
    backend.expectOne('/api/commitments/c1').flush(commitment);
    await settle();
    if (agreement) {
      backend.expectOne('/api/agreements/a1').flush(maliAgreement);
      await settle();
    }
  }

  function fail(url: string, status: number, code: ErrorCode): void {
    backend
      .expectOne(url)
      .flush({ statusCode: status, code, message: code, requestId: 'r9' }, { status, statusText: code });
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  afterEach(() => backend.verify());

  function element<T extends Element = HTMLElement>(testId: string): T | null {
    return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
  }

  function requiredElement<T extends Element = HTMLElement>(testId: string): T {
    const found = element<T>(testId);
    if (!found) throw new Error(`No element with data-testid="${testId}"`);
    return found;
  }

  async function openForm(): Promise<void> {
    requiredElement('record-update').click();
    await settle();
  }

  /** Submits the open form; the API refuses it with these field codes. */
  async function submitRefusedWith(errors: Record<string, string>): Promise<void> {
    requiredElement('update-submit').click();
    backend
      .expectOne('/api/milestones/m1/status-updates')
      .flush(
        { statusCode: 400, code: ErrorCode.ValidationFailed, message: 'Validation failed', errors, requestId: 'r' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
  }

  function type(testId: string, value: string): void {
    const field = requiredElement<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  it('shows the commitment, its article and the history of its milestones', async () => {
    await render(AgreementRole.Viewer);

    expect(element('commitment-title')?.textContent).toBe(commitment.title);
    expect(element('commitment-article')?.textContent).toContain('Article 18');
    const history = requiredElement('milestone-history');
    expect(history.textContent).toContain('Armed groups had still not handed over combatant lists.');
    expect(history.textContent).toContain('Recorded by Aminata Traoré');
    expect(history.querySelector('a')?.getAttribute('href')).toBe('https://peaceaccords.nd.edu/');
  });

  it('gives a viewer no way to record an update', async () => {
    await render(AgreementRole.Viewer);

    // The page did render: the controls are absent because of the role, not because nothing is there.
    expect(element('milestone-m1')).not.toBeNull();
    expect(element('milestone-history')).not.toBeNull();
    for (const testId of [
      'record-update',
      'update-level',
      'update-status',
      'update-date',
      'update-narrative',
      'update-submit',
    ]) {
      expect(element(testId)).toBeNull();
    }
  });

  it('gives a monitor the update form, with the levels of the agreement scale', async () => {
    await render(AgreementRole.Monitor);
    expect(element('update-narrative')).toBeNull();

    await openForm();

    const levels = [...requiredElement<HTMLSelectElement>('update-level').options].map((option) =>
      option.textContent?.trim(),
    );
    expect(levels).toEqual(['No change', 'Not initiated', 'Minimal', 'Intermediate', 'Full']);
    expect(requiredElement<HTMLSelectElement>('update-status').options).toHaveLength(5);
    expect(requiredElement<HTMLInputElement>('update-date').value).toBe(agreementToday);
    expect(element('update-narrative')).not.toBeNull();
    expect(element('update-submit')).not.toBeNull();
  });

  it('sends the update with the milestone version in If-Match', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '2');
    type('update-narrative', 'Lists of 1,300 names sent for integration.');

    requiredElement('update-submit').click();

    const request = backend.expectOne('/api/milestones/m1/status-updates');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({
      effectiveDate: agreementToday,
      level: 2,
      narrative: 'Lists of 1,300 names sent for integration.',
    } satisfies CreateStatusUpdateRequest);
  });

  it('on 412 says a colleague was first, reloads the commitment and keeps the typed text', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-status', OperationalStatus.Delayed);
    type('update-narrative', 'My field notes.');

    requiredElement('update-submit').click();
    backend
      .expectOne('/api/milestones/m1/status-updates')
      .flush(
        { statusCode: 412, code: ErrorCode.PreconditionFailed, message: 'Precondition Failed', requestId: 'r1' },
        { status: 412, statusText: 'Precondition Failed' },
      );
    await settle();
    const colleagueUpdate = { ...milestone.history[0], id: 'u2', narrative: 'A colleague’s update.' };
    backend.expectOne('/api/commitments/c1').flush({
      ...commitment,
      milestones: [{ ...milestone, version: 4, history: [colleagueUpdate, ...milestone.history] }],
    });
    await settle();

    expect(element('update-error')?.textContent).toContain('A colleague updated this milestone');
    expect(element('milestone-history')?.textContent).toContain('A colleague’s update.');
    expect(element<HTMLTextAreaElement>('update-narrative')?.value).toBe('My field notes.');

    requiredElement('update-submit').click();
    expect(backend.expectOne('/api/milestones/m1/status-updates').request.headers.get('If-Match')).toBe('"4"');
  });

  it('shows the field codes of a 400 under their fields', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', 'Backdated.');

    await submitRefusedWith({ effectiveDate: 'dateBeforeAgreement' });

    const dateField = requiredElement('update-date').closest('mat-form-field');
    expect(dateField?.textContent).toContain('The date cannot be before the agreement was signed.');
  });

  it('on success closes the form, shows the submitted entry at once and sends the next update on the new version', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '2');
    type('update-narrative', 'Lists of 1,300 names sent for integration.');

    requiredElement('update-submit').click();
    const submitted = {
      ...milestone.history[0],
      id: 'u2',
      authorId: 'u9',
      level: 2,
      pamScore: 2,
      operationalStatus: null,
      effectiveDate: agreementToday,
      narrative: 'Lists of 1,300 names sent for integration.',
      sourceLinks: [],
      recordedAt: '2030-01-01T00:00:00Z',
      reviewState: ReviewState.Submitted,
      reviewedAt: null,
      reviewerName: null,
    };
    // Submitted, not yet approved: the milestone keeps its level.
    const updated: MilestoneDto = { ...milestone, version: 4, history: [submitted, ...milestone.history] };
    const post = backend.expectOne('/api/milestones/m1/status-updates');
    expect(post.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    post.flush(updated, { status: 201, statusText: 'Created' });
    await settle();
    // With the update stored (and its files attached, none here), the milestone is read again.
    backend.expectOne('/api/milestones/m1').flush(updated);
    await settle();

    expect(element('update-form')).toBeNull();
    expect(requiredElement('milestone-recorded').textContent).toContain('Update submitted for review.');
    expect(requiredElement('update-u2').textContent).toContain('Lists of 1,300 names sent for integration.');
    expect(requiredElement('update-u2').textContent).toContain('Awaiting review');
    expect(requiredElement('milestone-level').textContent?.trim()).toBe('Minimal');
    // The page reloads the commitment for the figures the API derives; the next update need not wait for it.
    const reload = backend.expectOne('/api/commitments/c1');

    await openForm();
    type('update-status', OperationalStatus.OnTrack);
    type('update-narrative', 'Integration started.');
    requiredElement('update-submit').click();

    expect(backend.expectOne('/api/milestones/m1/status-updates').request.headers.get('If-Match')).toBe('"4"');
    reload.flush({ ...commitment, pamLevel: 2, milestones: [updated] });
  });

  it('keeps the page and the typed text when a reload fails, and offers to try again', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-status', OperationalStatus.Delayed);
    type('update-narrative', 'My field notes.');

    requiredElement('update-submit').click();
    fail('/api/milestones/m1/status-updates', 412, ErrorCode.PreconditionFailed);
    await settle();
    fail('/api/commitments/c1', 500, ErrorCode.Internal);
    await settle();

    expect(element('commitment-error')?.textContent).toContain('Something went wrong on the server');
    expect(element('commitment-title')?.textContent).toBe(commitment.title);
    expect(element<HTMLTextAreaElement>('update-narrative')?.value).toBe('My field notes.');

    requiredElement('commitment-retry').click();
    await settle();
    backend.expectOne('/api/commitments/c1').flush(commitment);
    await settle();

    expect(element('commitment-error')).toBeNull();
    expect(element<HTMLTextAreaElement>('update-narrative')?.value).toBe('My field notes.');
  });

  it('on 401 keeps the form and the text, says the session ended and offers to sign in in a new tab', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', 'Written while the session expired.');

    requiredElement('update-submit').click();
    fail('/api/milestones/m1/status-updates', 401, ErrorCode.Unauthorized);
    await settle();

    expect(element('update-error')?.textContent).toContain('Your session has ended');
    expect(element<HTMLTextAreaElement>('update-narrative')?.value).toBe('Written while the session expired.');
    const signIn = requiredElement<HTMLAnchorElement>('update-sign-in');
    expect(signIn.getAttribute('href')).toMatch(/^\/login/);
    expect(signIn.target).toBe('_blank');
  });

  it('keeps Cancel and Record disabled while the update is being recorded', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', 'Sending.');

    requiredElement('update-submit').click();
    await settle();

    expect(requiredElement<HTMLButtonElement>('update-cancel').disabled).toBe(true);
    expect(requiredElement<HTMLButtonElement>('update-submit').disabled).toBe(true);
    backend.expectOne('/api/milestones/m1/status-updates').flush(milestone, { status: 201, statusText: 'Created' });
    await settle();
    backend.expectOne('/api/milestones/m1').flush(milestone);
    await settle();
    backend.expectOne('/api/commitments/c1').flush(commitment);
  });

  it('refuses a narrative of spaces only, and offers no more than 20 sources', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', '    ');

    requiredElement('update-submit').click();
    await settle();

    expect(requiredElement('update-narrative').closest('mat-form-field')?.textContent).toContain('Required.');
    for (let added = 0; added < 20; added++) {
      requiredElement('update-add-source').click();
      await settle();
    }
    expect(element('update-add-source')).toBeNull();
    expect(element('update-source-url-19')).not.toBeNull();
    expect(element('update-sources-full')?.textContent).toContain('at most 20 sources');
  });

  it('shows a list-wide field error of the API (too many sources) beside the form', async () => {
    await render(AgreementRole.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', 'With sources.');

    await submitRefusedWith({ sourceLinks: 'arrayMaxSize' });

    expect(element('update-error')?.textContent).toContain('Too many entries.');
  });

  it('says when the agreement cannot be loaded, and waits for its scale before offering the form', async () => {
    await render(AgreementRole.Monitor, { agreement: false });
    fail('/api/agreements/a1', 503, ErrorCode.Internal);
    await settle();

    expect(element('agreement-error')?.textContent).toContain('Something went wrong on the server');
    expect(requiredElement<HTMLButtonElement>('record-update').disabled).toBe(true);

    requiredElement('agreement-retry').click();
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    await settle();

    expect(element('agreement-error')).toBeNull();
    expect(requiredElement<HTMLButtonElement>('record-update').disabled).toBe(false);
  });

  it('shows "not found" when the API has no such commitment', async () => {
    configure();
    fixture = TestBed.createComponent(CommitmentDetailPage);
    fixture.componentRef.setInput('commitmentId', 'c404');
    TestBed.tick();

    fail('/api/commitments/c404', 404, ErrorCode.NotFound);
    await settle();

    expect(text()).toContain('There is nothing at this address.');
    expect(element('commitment-error')).toBeNull();
  });

  it('lets an administrator mark a milestone confidential, with the version read, and nobody else', async () => {
    await render(AgreementRole.Reviewer);
    expect(element('milestone-confidential')).toBeNull();
    backend.verify();
    TestBed.resetTestingModule();

    await render('admin');
    requiredElement('milestone-confidential').querySelector('button')?.click();
    const patch = backend.expectOne('/api/milestones/m1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    expect(patch.request.body).toEqual({ confidential: true });
    patch.flush({ ...milestone, version: 4, confidential: true });
    await settle();
    backend.expectOne('/api/commitments/c1').flush(commitment);
  });
});
