import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementRole, ErrorCode, ReviewState } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { maliAgreement } from '../../testing/fixtures';
import { registeredIndicator } from '../../testing/indicator-fixtures';
import { settle } from '../../testing/settle';
import { signInOnA1 } from '../../testing/signed-in';
import { IndicatorDetailPage } from './indicator-detail-page';

describe('IndicatorDetailPage', () => {
  let fixture: ComponentFixture<IndicatorDetailPage>;
  let backend: HttpTestingController;

  async function render(role: AgreementRole, indicator = registeredIndicator): Promise<void> {
    backend = configureApiTesting();
    signInOnA1(backend, role);
    fixture = TestBed.createComponent(IndicatorDetailPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    fixture.componentRef.setInput('indicatorId', 'i1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    backend.expectOne('/api/indicators/i1').flush(indicator);
    await settle();
  }

  const { find, element, text, type } = byTestId(() => fixture);
  /** Opens the form, gives a total and a note, and sends them. */
  async function recordNineHundredFifty(): Promise<void> {
    element('record-value').click();
    await settle();
    type('value-total', '950');
    type('value-note', 'Third round.');
    element('value-submit').click();
  }

  afterEach(() => backend.verify());

  it('shows the indicator against its target, and its values with their cells and the reason one was returned', async () => {
    await render(AgreementRole.Viewer);
    expect(text('indicator-name')).toBe('Combatants registered');
    expect(text('indicator-facts')).toContain('1,000 people');
    expect(text('indicator-current')).toContain('800 people');
    expect(text('indicator-facts')).toContain('Sex, Movement');
    expect(text('value-v1')).toContain('Women');
    expect(text('value-v1')).toContain('approved by Rokia Reviewer');
    expect(text('value-v2')).toContain('Returned by Rokia Reviewer: Give the figures by movement.');
    expect(find('record-value')).toBeNull();
  });

  it('lets a monitor record a value, then shows it submitted for review', async () => {
    await render(AgreementRole.Monitor);
    await recordNineHundredFifty();

    const post = backend.expectOne('/api/indicators/i1/values');
    expect(post.request.headers.get('If-Match')).toBe('"7"');
    const submitted = { ...registeredIndicator.history[1], id: 'v3', total: 950, reviewState: ReviewState.Submitted };
    post.flush({ ...registeredIndicator, version: 8, history: [submitted, ...registeredIndicator.history] });
    await settle();
    expect(find('value-form')).toBeNull();
    expect(text('value-recorded')).toContain('Value submitted for review.');
    expect(text('value-v3')).toContain('950');
    expect(text('value-v3')).toContain('Awaiting review');
  });

  it('offers to correct only the returned values of the signed-in monitor, starting from the returned one', async () => {
    await render(AgreementRole.Monitor);
    expect(find('value-v1')?.querySelector('[data-testid="value-correct"]')).toBeNull();
    element('value-v2').querySelector<HTMLButtonElement>('[data-testid="value-correct"]')?.click();
    await settle();
    expect(text('value-correcting')).toContain('Give the figures by movement.');
    expect(element<HTMLInputElement>('value-total').value).toBe('900');
  });

  it('reloads the indicator when a colleague recorded a value first, and keeps the form open', async () => {
    await render(AgreementRole.Monitor);
    await recordNineHundredFifty();
    backend
      .expectOne('/api/indicators/i1/values')
      .flush(
        { statusCode: 412, code: ErrorCode.PreconditionFailed, message: 'x', requestId: 'r' },
        { status: 412, statusText: 'Precondition Failed' },
      );
    await settle();
    backend.expectOne('/api/indicators/i1').flush({ ...registeredIndicator, version: 8 });
    await settle();
    expect(element<HTMLInputElement>('value-total').value).toBe('950');
    expect(text('value-error')).toContain('A colleague recorded a value');
  });

  it('says there is nothing here for an indicator of another agreement', async () => {
    await render(AgreementRole.Viewer, { ...registeredIndicator, agreementId: 'a2' });
    expect(find('indicator-name')).toBeNull();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
  });
});
