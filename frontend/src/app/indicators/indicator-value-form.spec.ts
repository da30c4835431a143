import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ErrorCode, IndicatorDetailDto } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { byTestId } from '../../testing/by-test-id';
import { registeredIndicator } from '../../testing/indicator-fixtures';
import { settle } from '../../testing/settle';
import { IndicatorValueForm } from './indicator-value-form';

describe('IndicatorValueForm', () => {
  let fixture: ComponentFixture<IndicatorValueForm>;
  let backend: HttpTestingController;
  let recorded: IndicatorDetailDto[];
  let conflicts: number;

  async function create(inputs: Record<string, unknown> = {}): Promise<void> {
    backend = configureApiTesting();
    fixture = TestBed.createComponent(IndicatorValueForm);
    fixture.componentRef.setInput('indicator', registeredIndicator);
    fixture.componentRef.setInput('parties', ['CMA', 'GoM']);
    fixture.componentRef.setInput('earliestDate', '2015-05-15');
    fixture.componentRef.setInput('today', '2026-11-27');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    recorded = [];
    conflicts = 0;
    fixture.componentInstance.recorded.subscribe((indicator) => recorded.push(indicator));
    fixture.componentInstance.conflict.subscribe(() => conflicts++);
    await settle();
  }

  const { find, element, type } = byTestId(() => fixture);
  /** Adds a row of figures by group: sex, movement (empty for "All") and the figure. */
  async function addCell(sex: string, armedGroup: string, value: string): Promise<void> {
    const index = (fixture.nativeElement as HTMLElement).querySelectorAll('.cell-row').length;
    element('value-add-cell').click();
    await settle();
    type(`value-cell-sex-${index}`, sex, 'change');
    type(`value-cell-armed-group-${index}`, armedGroup, 'change');
    type(`value-cell-value-${index}`, value);
    await settle();
  }

  afterEach(() => backend.verify());

  it('offers a field for each dimension of the indicator only: sex and movement, no age group or region', async () => {
    await create();
    await addCell('', '', '');
    expect(find('value-cell-sex-0')).not.toBeNull();
    expect(find('value-cell-armed-group-0')?.textContent).toContain('CMA');
    expect(find('value-cell-age-group-0')).toBeNull();
    expect(find('value-cell-region-0')).toBeNull();
  });

  it('says that the figures by group do not add up to the total before sending, and sends nothing', async () => {
    await create();
    type('value-total', '800');
    type('value-note', 'Lists of both movements.');
    await addCell('male', 'CMA', '450');
    await addCell('female', 'CMA', '50');

    expect(element('value-cells-error').textContent).toContain(
      'The figures by group add up to 500, not the total 800.',
    );
    element('value-submit').click();
    await settle();
    backend.expectNone('/api/indicators/i1/values');

    // Once they add up, the message goes and the value can be sent.
    await addCell('male', 'GoM', '300');
    expect(find('value-cells-error')).toBeNull();
    element('value-submit').click();
    backend.expectOne('/api/indicators/i1/values');
  });

  it('names a combination given twice on its row', async () => {
    await create();
    await addCell('male', 'CMA', '450');
    await addCell('male', 'CMA', '50');
    expect(find('value-cell-error-0')).toBeNull();
    expect(element('value-cell-error-1').textContent).toContain('This combination is given twice.');
  });

  it('asks for a total or figures by group once the user tries to send', async () => {
    await create();
    type('value-note', 'Nothing counted.');
    expect(find('value-total-error')).toBeNull();
    element('value-submit').click();
    await settle();
    expect(element('value-total-error').textContent).toContain('Give a total, or the figures by group.');
    backend.expectNone('/api/indicators/i1/values');
  });

  it("sends the value with the indicator's version as If-Match and an Idempotency-Key, cells split only as typed", async () => {
    await create();
    type('value-as-of', '2020-01-31');
    type('value-note', '  Lists of both movements.  ');
    type('value-source', 'https://example.org/lists');
    await addCell('male', '', '750');
    await addCell('female', 'CMA', '50');
    expect(element('value-cells-sum').textContent).toContain('800');

    element('value-submit').click();
    const post = backend.expectOne('/api/indicators/i1/values');
    expect(post.request.method).toBe('POST');
    expect(post.request.headers.get('If-Match')).toBe('"7"');
    const key = post.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(post.request.body).toEqual({
      asOf: '2020-01-31',
      cells: [
        { sex: 'male', value: 750 },
        { sex: 'female', armedGroup: 'CMA', value: 50 },
      ],
      note: 'Lists of both movements.',
      sourceLinks: [{ url: 'https://example.org/lists' }],
    });
    const answer = { ...registeredIndicator, version: 8 };
    post.flush(answer, { status: 201, statusText: 'Created' });
    await settle();
    expect(recorded).toEqual([answer]);
  });

  it('keeps what was typed on a 412, says a colleague was first, and sends again under the same key', async () => {
    await create();
    type('value-total', '900');
    type('value-note', 'About 900.');
    element('value-submit').click();
    const first = backend.expectOne('/api/indicators/i1/values');
    first.flush(
      { statusCode: 412, code: ErrorCode.PreconditionFailed, message: 'x', requestId: 'r' },
      { status: 412, statusText: 'Precondition Failed' },
    );
    await settle();
    expect(conflicts).toBe(1);
    expect(element('value-error').textContent).toContain('A colleague recorded a value of this indicator');
    expect(element<HTMLInputElement>('value-total').value).toBe('900');

    // The page gives the form the indicator as the colleague left it.
    fixture.componentRef.setInput('indicator', { ...registeredIndicator, version: 8 });
    await settle();
    element('value-submit').click();
    const second = backend.expectOne('/api/indicators/i1/values');
    expect(second.request.headers.get('If-Match')).toBe('"8"');
    expect(second.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
  });

  it("shows the API's field errors on the fields they name", async () => {
    await create();
    type('value-as-of', '2026-11-27');
    type('value-note', 'By movement.');
    await addCell('', 'CMA', '10');
    element('value-submit').click();
    backend.expectOne('/api/indicators/i1/values').flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'x',
        requestId: 'r',
        errors: { asOf: 'dateInFuture', 'cells.0.armedGroup': 'unknownParty' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const text = (fixture.nativeElement as HTMLElement).textContent;
    expect(text).toContain('The date cannot be in the future.');
    expect(text).toContain('This is not a party of the agreement.');
  });

  it('starts from a returned value, with the reason it was returned', async () => {
    await create({ correcting: { ...registeredIndicator.history[0], cells: [{ armedGroup: 'CMA', value: 900 }] } });
    expect(element('value-correcting').textContent).toContain('Give the figures by movement.');
    expect(element<HTMLInputElement>('value-as-of').value).toBe('2020-01-31');
    expect(element<HTMLInputElement>('value-total').value).toBe('900');
    expect(element<HTMLSelectElement>('value-cell-armed-group-0').value).toBe('CMA');
  });
});
