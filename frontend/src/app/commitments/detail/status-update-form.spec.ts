import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode, MilestoneDto, OperationalStatus, ReviewState, StatusUpdateDto } from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { configureApiTesting } from '../../../testing/api-testing';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { StatusUpdateForm } from './status-update-form';

const milestone: MilestoneDto = {
  id: 'm1',
  asOf: '2026-11-27',
  commitmentId: 'c1',
  title: 'Combatant lists handed over',
  description: null,
  dueDate: null,
  position: 1,
  version: 3,
  level: null,
  pamScore: null,
  operationalStatus: null,
  overdue: false,
  confidential: false,
  history: [],
};

describe('StatusUpdateForm', () => {
  let fixture: ComponentFixture<StatusUpdateForm>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(StatusUpdateForm);
    fixture.componentRef.setInput('milestone', milestone);
    fixture.componentRef.setInput('levels', maliAgreement.scale.levels);
    fixture.componentRef.setInput('today', '2026-11-27');
    await settle();
  });

  function dateInput(): HTMLInputElement {
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="update-date"]');
    if (!input) throw new Error('No update-date input');
    return input;
  }

  function dateFieldText(): string {
    return dateInput().closest('mat-form-field')?.textContent ?? '';
  }

  it("starts on the agreement's today, which is also the latest date allowed", () => {
    expect(dateInput().value).toBe('2026-11-27');
    expect(dateInput().getAttribute('max')).toBe('2026-11-27');
  });

  it('checks the date typed earlier again once the signature date arrives', async () => {
    dateInput().value = '2015-05-14';
    dateInput().dispatchEvent(new Event('input'));
    dateInput().dispatchEvent(new Event('blur'));
    await settle();
    expect(dateFieldText()).not.toContain('before the agreement was signed');

    fixture.componentRef.setInput('earliestDate', maliAgreement.signedOn);
    await settle();

    expect(dateFieldText()).toContain('The date cannot be before the agreement was signed.');
  });
});

describe('StatusUpdateForm sending evidence and resubmissions', () => {
  let fixture: ComponentFixture<StatusUpdateForm>;
  let backend: HttpTestingController;
  let recorded: MilestoneDto[];

  const returned: StatusUpdateDto = {
    id: 'u1',
    milestoneId: 'm1',
    effectiveDate: '2026-10-01',
    level: 2,
    pamScore: 2,
    operationalStatus: OperationalStatus.Delayed,
    narrative: 'Lists handed over, partly.',
    sourceLinks: [{ url: 'https://example.org/minutes', title: 'Minutes' }],
    authorId: 'me',
    authorName: 'Me',
    recordedAt: '2026-10-02T10:00:00Z',
    confidential: false,
    reviewState: ReviewState.Returned,
    reviewedAt: '2026-10-03T10:00:00Z',
    reviewerName: 'Rokia Reviewer',
    returnReason: 'Which movements handed over their lists?',
    resubmissionOf: null,
    resubmittedAs: null,
    evidence: [],
  };
  const withUpdate = (id: string): MilestoneDto => ({
    ...milestone,
    version: 4,
    history: [{ ...returned, id, reviewState: ReviewState.Submitted, returnReason: null }],
  });

  async function create(inputs: Record<string, unknown>): Promise<void> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(StatusUpdateForm);
    fixture.componentRef.setInput('milestone', milestone);
    fixture.componentRef.setInput('levels', maliAgreement.scale.levels);
    fixture.componentRef.setInput('today', '2026-11-27');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    recorded = [];
    fixture.componentInstance.recorded.subscribe((value) => recorded.push(value));
    await settle();
  }

  function element<T extends HTMLElement>(testId: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`No element ${testId}`);
    return found;
  }
  const exists = (testId: string) =>
    (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`) !== null;

  afterEach(() => backend.verify());

  it('starts from a returned update, says why it was returned and sends the new one as its resubmission', async () => {
    await create({ resubmission: returned });
    expect(element('update-resubmission').textContent).toContain('Which movements handed over their lists?');
    expect(element<HTMLTextAreaElement>('update-narrative').value).toBe('Lists handed over, partly.');
    element<HTMLTextAreaElement>('update-narrative').value = 'Lists of the CMA and the Platform handed over.';
    element('update-narrative').dispatchEvent(new Event('input'));

    element('update-submit').click();
    const post = backend.expectOne('/api/milestones/m1/status-updates');
    expect(post.request.body).toEqual({
      effectiveDate: '2026-10-01',
      narrative: 'Lists of the CMA and the Platform handed over.',
      level: 2,
      operationalStatus: OperationalStatus.Delayed,
      resubmissionOf: 'u1',
    });
    post.flush(withUpdate('u2'), { status: 201, statusText: 'Created' });
    await settle();
    // The returned update's link goes with the new one, as evidence with its reliability.
    const link = backend.expectOne('/api/status-updates/u2/evidence/links');
    expect(link.request.body).toEqual({ url: 'https://example.org/minutes', title: 'Minutes', reliability: 'F' });
    link.flush({}, { status: 201, statusText: 'Created' });
    await settle();
    backend.expectOne('/api/milestones/m1').flush(withUpdate('u2'));
    await settle();
    expect(recorded).toHaveLength(1);
  });

  it('attaches the chosen files to the new update, and on a second send retries only those that failed', async () => {
    await create({});
    const picker = element<HTMLInputElement>('update-files');
    const report = new File(['%PDF-1.7'], 'site-report.pdf', { type: 'application/pdf' });
    const photo = new File(['jpeg'], 'camp.jpg', { type: 'image/jpeg' });
    Object.defineProperty(picker, 'files', { value: [report, photo], configurable: true });
    picker.dispatchEvent(new Event('change'));
    await settle();
    element<HTMLSelectElement>('update-level').value = '1';
    element('update-level').dispatchEvent(new Event('change'));
    element<HTMLTextAreaElement>('update-narrative').value = 'Camp visited.';
    element('update-narrative').dispatchEvent(new Event('input'));

    element('update-submit').click();
    backend
      .expectOne('/api/milestones/m1/status-updates')
      .flush(withUpdate('u2'), { status: 201, statusText: 'Created' });
    await settle();
    const first = backend.expectOne('/api/status-updates/u2/evidence/files');
    expect((first.request.body as FormData).get('title')).toBe('site-report');
    expect((first.request.body as FormData).get('reliability')).toBe('F');
    first.flush({}, { status: 201, statusText: 'Created' });
    await settle();
    const second = backend.expectOne('/api/status-updates/u2/evidence/files');
    const photoKey = second.request.headers.get('Idempotency-Key');
    second.flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'x',
        requestId: 'r',
        errors: { file: 'fileTypeNotAccepted' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    backend.expectOne('/api/milestones/m1').flush(withUpdate('u2'));
    await settle();
    expect(element('update-files-failed').textContent).toContain('camp.jpg');
    expect(element('update-files-failed').textContent).not.toContain('site-report.pdf');
    expect(recorded).toHaveLength(0);

    // Sending again stores no second update: only the photo goes, under the same key.
    element('update-submit').click();
    const retry = backend.expectOne('/api/status-updates/u2/evidence/files');
    expect(retry.request.headers.get('Idempotency-Key')).toBe(photoKey);
    retry.flush({}, { status: 201, statusText: 'Created' });
    await settle();
    backend.expectOne('/api/milestones/m1').flush(withUpdate('u2'));
    await settle();
    expect(recorded).toHaveLength(1);
  });

  it('sends each link typed as evidence, with its title, date and reliability', async () => {
    await create({});
    element('update-add-source').click();
    await settle();
    const type = (testId: string, value: string, event = 'input') => {
      const field = element<HTMLInputElement>(testId);
      field.value = value;
      field.dispatchEvent(new Event(event));
    };
    type('update-source-url-0', 'https://www.un.org/report');
    type('update-source-title-0', 'UN report');
    type('update-source-reliability-0', 'B', 'change');
    type('update-source-date-0', '2026-11-01');
    type('update-level', '1', 'change');
    type('update-narrative', 'Camp visited.');
    await settle();

    element('update-submit').click();
    backend
      .expectOne('/api/milestones/m1/status-updates')
      .flush(withUpdate('u2'), { status: 201, statusText: 'Created' });
    await settle();
    const link = backend.expectOne('/api/status-updates/u2/evidence/links');
    expect(link.request.body).toEqual({
      url: 'https://www.un.org/report',
      title: 'UN report',
      reliability: 'B',
      evidenceDate: '2026-11-01',
    });
    link.flush({}, { status: 201, statusText: 'Created' });
    await settle();
    backend.expectOne('/api/milestones/m1').flush(withUpdate('u2'));
  });

  it('offers to mark the update confidential only to members cleared for it', async () => {
    await create({});
    expect(exists('update-confidential')).toBe(false);
    fixture.componentRef.setInput('canMarkConfidential', true);
    await settle();
    expect(exists('update-confidential')).toBe(true);
  });
});
