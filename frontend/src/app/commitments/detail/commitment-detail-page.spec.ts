import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  CommitmentDetailDto,
  CreateStatusUpdateRequest,
  ErrorCode,
  MilestoneDto,
  OperationalStatus,
  PillarTheme,
  Role,
  TextSectionKind,
} from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { AuthService } from '../../core/auth/auth.service';
import { todayIso } from '../../core/dates';
import { apiErrorInterceptor } from '../../core/errors/api-error.interceptor';
import { CommitmentDetailPage } from './commitment-detail-page';

const milestone: MilestoneDto = {
  id: 'm1',
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
      authorName: 'Aminata Traoré',
      recordedAt: '2018-01-10T09:00:00Z',
    },
  ],
};

const commitment: CommitmentDetailDto = {
  id: 'c1',
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

  async function render(role: Role): Promise<void> {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).loadCurrentUser().subscribe();
    backend.expectOne('/api/auth/me').flush({ id: 'u9', email: 'u@example.org', displayName: 'U', role });

    fixture = TestBed.createComponent(CommitmentDetailPage);
    fixture.componentRef.setInput('commitmentId', 'c1');
    TestBed.tick();
    backend.expectOne('/api/commitments/c1').flush(commitment);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    await settle();
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

  function type(testId: string, value: string): void {
    const field = requiredElement<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  it('shows the commitment, its article and the history of its milestones', async () => {
    await render(Role.Viewer);

    expect(element('commitment-title')?.textContent).toBe(commitment.title);
    expect(element('commitment-article')?.textContent).toContain('Article 18');
    const history = requiredElement('milestone-history');
    expect(history.textContent).toContain('Armed groups had still not handed over combatant lists.');
    expect(history.textContent).toContain('Recorded by Aminata Traoré');
    expect(history.querySelector('a')?.getAttribute('href')).toBe('https://peaceaccords.nd.edu/');
  });

  it('gives a viewer no way to record an update', async () => {
    await render(Role.Viewer);

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
    await render(Role.Monitor);
    expect(element('update-narrative')).toBeNull();

    await openForm();

    const levels = [...requiredElement<HTMLSelectElement>('update-level').options].map((option) =>
      option.textContent?.trim(),
    );
    expect(levels).toEqual(['No change', 'Not initiated', 'Minimal', 'Intermediate', 'Full']);
    expect(requiredElement<HTMLSelectElement>('update-status').options).toHaveLength(5);
    expect(requiredElement<HTMLInputElement>('update-date').value).toBe(todayIso());
    expect(element('update-narrative')).not.toBeNull();
    expect(element('update-submit')).not.toBeNull();
  });

  it('sends the update with the milestone version in If-Match', async () => {
    await render(Role.Monitor);
    await openForm();
    type('update-level', '2');
    type('update-narrative', 'Lists of 1,300 names sent for integration.');

    requiredElement('update-submit').click();

    const request = backend.expectOne('/api/milestones/m1/status-updates');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({
      effectiveDate: todayIso(),
      level: 2,
      narrative: 'Lists of 1,300 names sent for integration.',
    } satisfies CreateStatusUpdateRequest);
  });

  it('on 412 says a colleague was first, reloads the commitment and keeps the typed text', async () => {
    await render(Role.Monitor);
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
    await render(Role.Monitor);
    await openForm();
    type('update-level', '1');
    type('update-narrative', 'Backdated.');

    requiredElement('update-submit').click();
    backend.expectOne('/api/milestones/m1/status-updates').flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'Validation failed',
        errors: { effectiveDate: 'dateBeforeAgreement' },
        requestId: 'r2',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const dateField = requiredElement('update-date').closest('mat-form-field');
    expect(dateField?.textContent).toContain('The date cannot be before the agreement was signed.');
  });
});
