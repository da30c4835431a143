import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import {
  AgreementRole,
  ErrorCode,
  IndicatorValueListItemDto,
  OperationalStatus,
  Page,
  ReviewState,
  StatusUpdateListItemDto,
} from '@accord/shared';
import { maliAgreement } from '../../testing/fixtures';
import { configureApiTesting } from '../../testing/api-testing';
import { submittedValue } from '../../testing/indicator-fixtures';
import { settle } from '../../testing/settle';
import { signInOnA1 } from '../../testing/signed-in';
import { ReviewQueuePage } from './review-queue-page';

const submitted: StatusUpdateListItemDto = {
  id: 'u5',
  milestoneId: 'm1',
  effectiveDate: '2026-11-20',
  level: 2,
  pamScore: 2,
  operationalStatus: OperationalStatus.Delayed,
  narrative: 'Cantonment site of Fafa half built.',
  sourceLinks: [],
  authorId: 'monitor-1',
  authorName: 'Aminata Traoré',
  recordedAt: '2026-11-21T08:00:00Z',
  confidential: false,
  reviewState: ReviewState.Submitted,
  reviewedAt: null,
  reviewerName: null,
  returnReason: null,
  resubmissionOf: null,
  resubmittedAs: null,
  evidence: [],
  commitmentId: 'c1',
  commitmentReference: 'Art. 18',
  commitmentTitle: 'Cantonment of combatants',
  milestoneTitle: 'Sites built',
  pillarId: 'p2',
};
const page = <T>(items: T[]): Page<T> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('ReviewQueuePage', () => {
  let fixture: ComponentFixture<ReviewQueuePage>;
  let backend: HttpTestingController;

  async function render(role: AgreementRole): Promise<void> {
    backend = configureApiTesting();
    signInOnA1(backend, role);
    fixture = TestBed.createComponent(ReviewQueuePage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
  }

  const element = <T extends HTMLElement>(testId: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
  function required<T extends HTMLElement>(testId: string): T {
    const found = element<T>(testId);
    if (!found) throw new Error(`No element ${testId}`);
    return found;
  }
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const expectList = (query: string) => backend.expectOne(`/api/agreements/a1/status-updates?${query}`);

  afterEach(() => backend.verify());

  it('shows reviewers the submitted updates and approves one, then reloads the queue', async () => {
    await render(AgreementRole.Reviewer);
    expectList('state=submitted&page=1&pageSize=20').flush(page([submitted]));
    await settle();
    expect(text()).toContain('Review queue');
    expect(text()).toContain('Cantonment site of Fafa half built.');
    expect(text()).toContain('Art. 18 · Cantonment of combatants');

    required('review-approve').click();
    const approval = backend.expectOne('/api/status-updates/u5/approval');
    expect(approval.request.headers.get('Idempotency-Key')).toBeTruthy();
    approval.flush({});
    await settle();
    expectList('state=submitted&page=1&pageSize=20').flush(page([]));
    await settle();
    expect(required('review-done').textContent).toContain('Approved');
    expect(element('review-empty')).not.toBeNull();
  });

  it('returns an update only with a reason, and sends the reason', async () => {
    await render(AgreementRole.Reviewer);
    expectList('state=submitted&page=1&pageSize=20').flush(page([submitted]));
    await settle();
    required('review-return').click();
    await settle();
    const confirm = required<HTMLButtonElement>('review-confirm-return');
    expect(confirm.disabled).toBe(true);
    const reason = required<HTMLTextAreaElement>('review-reason');
    reason.value = '  Attach the inspection report.  ';
    reason.dispatchEvent(new Event('input'));
    await settle();
    confirm.click();
    const returned = backend.expectOne('/api/status-updates/u5/return');
    expect(returned.request.body).toEqual({ reason: 'Attach the inspection report.' });
    returned.flush({});
    await settle();
    expectList('state=submitted&page=1&pageSize=20').flush(page([]));
  });

  it('says so and reloads when another reviewer decided first', async () => {
    await render(AgreementRole.Reviewer);
    expectList('state=submitted&page=1&pageSize=20').flush(page([submitted]));
    await settle();
    required('review-approve').click();
    backend
      .expectOne('/api/status-updates/u5/approval')
      .flush(
        { statusCode: 409, code: ErrorCode.AlreadyReviewed, message: 'x', requestId: 'r' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(required('review-error').textContent).toContain('Someone reviewed this update meanwhile');
    expectList('state=submitted&page=1&pageSize=20').flush(page([]));
  });

  it('shows monitors their own updates, without review actions', async () => {
    await render(AgreementRole.Monitor);
    expectList('state=submitted&mine=true&page=1&pageSize=20').flush(page([{ ...submitted, authorId: 'me' }]));
    await settle();
    expect(text()).toContain('My updates');
    expect(element('review-approve')).toBeNull();
    const stateFilter = required<HTMLSelectElement>('review-state-filter');
    stateFilter.value = ReviewState.Returned;
    stateFilter.dispatchEvent(new Event('change'));
    await settle();
    expectList('state=returned&mine=true&page=1&pageSize=20').flush(page([]));
  });

  it('links to the export of the status history with the state shown, then of indicator values', async () => {
    await render(AgreementRole.Reviewer);
    expectList('state=submitted&page=1&pageSize=20').flush(page([]));
    await settle();
    expect(required('export-link').getAttribute('href')).toBe(
      '/agreements/a1/exports?dataset=status-history&state=submitted',
    );
    required('review-kind-indicator-values').querySelector('button')?.click();
    await settle();
    backend.expectOne('/api/agreements/a1/indicator-values?state=submitted&page=1&pageSize=20').flush(page([]));
    await settle();
    expect(required('export-link').getAttribute('href')).toBe(
      '/agreements/a1/exports?dataset=indicator-values&state=submitted',
    );
  });

  it('does not offer reviewers to decide on their own update', async () => {
    await render(AgreementRole.Reviewer);
    expectList('state=submitted&page=1&pageSize=20').flush(page([{ ...submitted, authorId: 'me' }]));
    await settle();
    expect(element('review-approve')).toBeNull();
  });

  describe('indicator values', () => {
    const expectValues = (query: string) => backend.expectOne(`/api/agreements/a1/indicator-values?${query}`);

    async function showValues(role: AgreementRole, items: IndicatorValueListItemDto[], query: string): Promise<void> {
      await render(role);
      // The status updates show first, with the same filters.
      expectList(query).flush(page([]));
      required('review-kind-indicator-values').querySelector('button')?.click();
      await settle();
      expectValues(query).flush(page(items));
      await settle();
    }

    it('lists the submitted values with what each measures, and approves one, then reloads the queue', async () => {
      await showValues(AgreementRole.Reviewer, [submittedValue], 'state=submitted&page=1&pageSize=20');
      const card = required('review-item-v3');
      expect(card.textContent).toContain('Combatants registered');
      expect(card.textContent).toContain('950 people');
      expect(card.textContent).toContain('Third round of registration.');
      expect(element('review-item-u5')).toBeNull();

      required('review-approve').click();
      const approval = backend.expectOne('/api/indicator-values/v3/approval');
      expect(approval.request.headers.get('Idempotency-Key')).toBeTruthy();
      approval.flush({});
      await settle();
      expectValues('state=submitted&page=1&pageSize=20').flush(page([]));
      await settle();
      expect(required('review-done').textContent).toContain('the value now counts');
      expect(required('review-empty').textContent).toContain('No value here.');
    });

    it('returns a value only with a reason, and sends the reason', async () => {
      await showValues(AgreementRole.Reviewer, [submittedValue], 'state=submitted&page=1&pageSize=20');
      required('review-return').click();
      await settle();
      expect(required<HTMLButtonElement>('review-confirm-return').disabled).toBe(true);
      const reason = required<HTMLTextAreaElement>('review-reason');
      reason.value = ' Give the figures by movement. ';
      reason.dispatchEvent(new Event('input'));
      await settle();
      required('review-confirm-return').click();
      const returned = backend.expectOne('/api/indicator-values/v3/return');
      expect(returned.request.body).toEqual({ reason: 'Give the figures by movement.' });
      expect(returned.request.headers.get('Idempotency-Key')).toBeTruthy();
      returned.flush({});
      await settle();
      expectValues('state=submitted&page=1&pageSize=20').flush(page([]));
    });

    it('shows monitors their own values, returned ones with the reason, without review actions', async () => {
      await showValues(
        AgreementRole.Monitor,
        [{ ...submittedValue, authorId: 'me' }],
        'state=submitted&mine=true&page=1&pageSize=20',
      );
      expect(element('review-approve')).toBeNull();
      const stateFilter = required<HTMLSelectElement>('review-state-filter');
      stateFilter.value = ReviewState.Returned;
      stateFilter.dispatchEvent(new Event('change'));
      await settle();
      expectValues('state=returned&mine=true&page=1&pageSize=20').flush(
        page([
          {
            ...submittedValue,
            authorId: 'me',
            reviewState: ReviewState.Returned,
            reviewerName: 'Rokia Reviewer',
            returnReason: 'Which movements?',
          },
        ]),
      );
      await settle();
      expect(required('value-return-reason').textContent).toContain('Returned by Rokia Reviewer: Which movements?');
    });
  });
});
