import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ErrorCode, TrendDto } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { TrendPage } from './trend-page';

const trend: TrendDto = {
  agreementId: 'a1',
  pillarId: null,
  from: '2015-05',
  to: '2015-07',
  points: [
    {
      month: '2015-05',
      asOf: '2015-05-31',
      commitments: 16,
      implementationRate: 0,
      byLevel: [{ level: 0, count: 16 }],
    },
    {
      month: '2015-06',
      asOf: '2015-06-30',
      commitments: 16,
      implementationRate: 12.5,
      byLevel: [
        { level: 0, count: 10 },
        { level: 1, count: 6 },
      ],
    },
    {
      month: '2015-07',
      asOf: '2015-07-31',
      commitments: 16,
      implementationRate: 31.3,
      byLevel: [
        { level: 0, count: 5 },
        { level: 1, count: 6 },
        { level: 2, count: 3 },
        { level: 3, count: 2 },
      ],
    },
  ],
};

const agreement = {
  ...maliAgreement,
  pillars: [
    ...maliAgreement.pillars,
    { ...maliAgreement.pillars[0], id: 'p1', code: 'I', name: 'Political and institutional', position: 1 },
  ],
};

describe('TrendPage', () => {
  let fixture: ComponentFixture<TrendPage>;
  let backend: HttpTestingController;
  let setOption: jest.Mock;

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const trendRequest = () => backend.expectOne((candidate) => candidate.url === '/api/agreements/a1/trend');

  /** Opens the page (for one pillar if given), answers the agreement, returns the trend request. */
  async function open(pillarId?: string): Promise<TestRequest> {
    setOption = jest.fn();
    backend = configureApiTesting([], [provideFakeEcharts(setOption)]);
    fixture = TestBed.createComponent(TrendPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    if (pillarId) fixture.componentRef.setInput('pillarId', pillarId);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(agreement);
    return trendRequest();
  }

  async function answer(request: TestRequest, body: TrendDto = trend): Promise<void> {
    request.flush(body);
    await settle();
    // ngx-echarts creates its chart after a macrotask.
    await settle();
  }

  afterEach(() => backend.verify());

  it('asks for the whole agreement without a pillar', async () => {
    const request = await open();

    expect(request.request.params.keys()).toEqual([]);
    await answer(request);
    expect(text('[data-testid="trend-period"]')).toBe('Month by month, from May 2015 to July 2015');
  });

  it('asks for the pillar in the URL, and selects it', async () => {
    const request = await open('p2');

    expect(request.request.params.get('pillarId')).toBe('p2');
    await answer(request, { ...trend, pillarId: 'p2' });
    const select = page().querySelector<HTMLSelectElement>('[data-testid="pillar"]');
    expect([...(select?.options ?? [])].map((option) => option.textContent?.trim())).toEqual([
      'All pillars',
      'I · Political and institutional',
      'II · Defence and security',
    ]);
    expect(select?.value).toBe('p2');
  });

  it('keeps the chosen pillar in the URL, and drops it for all pillars', async () => {
    await answer(await open());
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const select = page().querySelector<HTMLSelectElement>('[data-testid="pillar"]');
    if (!select) throw new Error('No pillar select');

    select.value = 'p2';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));

    expect(navigate.mock.calls.map(([, extras]) => extras?.queryParams)).toEqual([
      { pillarId: 'p2' },
      { pillarId: null },
    ]);
  });

  it('draws the rate and the commitments at each level by month, hidden from screen readers', async () => {
    await answer(await open());

    expect(page().querySelector('[data-testid="trend-chart"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(setOption).toHaveBeenCalledWith(
      expect.objectContaining({
        xAxis: [
          expect.objectContaining({ data: ['2015-05', '2015-06', '2015-07'] }),
          expect.objectContaining({ data: ['2015-05', '2015-06', '2015-07'] }),
        ],
        dataZoom: [expect.objectContaining({ type: 'slider', xAxisIndex: [0, 1] })],
        series: expect.arrayContaining([
          expect.objectContaining({ id: 'rate', name: 'PAM implementation rate', data: [0, 12.5, 31.3] }),
          expect.objectContaining({ id: 'level3', name: 'Full', stack: 'levels', data: [0, 0, 2] }),
          expect.objectContaining({ id: 'level0', name: 'Not initiated', stack: 'levels', data: [16, 10, 5] }),
        ]),
      }),
      true,
    );
  });

  it('gives screen readers the same figures as a table', async () => {
    await answer(await open());

    const table = page().querySelector('.cdk-visually-hidden table');
    expect(table?.querySelector('caption')?.textContent?.trim()).toBe(
      'PAM implementation rate and commitments at each level, at the end of each month',
    );
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent?.trim())).toEqual([
      'Month',
      'PAM implementation rate',
      'Not initiated',
      'Minimal',
      'Intermediate',
      'Full',
    ]);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['May 2015', '0.0%', '16', '0', '0', '0'],
      ['June 2015', '12.5%', '10', '6', '0', '0'],
      ['July 2015', '31.3%', '5', '6', '3', '2'],
    ]);
  });

  it('shows the table instead of the chart on request', async () => {
    await answer(await open());

    const tableButton = [...page().querySelectorAll<HTMLButtonElement>('[data-testid="view"] button')].find(
      (button) => button.textContent?.trim() === 'Table',
    );
    tableButton?.click();
    await settle();

    expect(page().querySelector('[data-testid="trend-chart"]')).toBeNull();
    expect(page().querySelector('.cdk-visually-hidden')).toBeNull();
    expect(page().querySelectorAll('[data-testid="trend-table"] tbody tr')).toHaveLength(3);
  });

  it('says so when there are no figures', async () => {
    await answer(await open(), { ...trend, points: [] });

    expect(text('[data-testid="trend"] .empty')).toBe('No figures for this period yet.');
    expect(page().querySelector('[data-testid="trend-chart"]')).toBeNull();
    expect(page().querySelector('[data-testid="trend-table"]')).toBeNull();
  });

  it("shows the API's refusal", async () => {
    const request = await open('not-a-pillar');
    request.flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: 'Validation failed',
        errors: { pillarId: 'isUuid' },
        requestId: 'r1',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(text('[role="alert"]')).toBe('Some fields need attention.');
    expect(page().querySelector('[data-testid="trend"]')).toBeNull();
  });

  it('keeps the page, and the way back to all pillars, when the pillar is not found', async () => {
    const request = await open('p404');
    request.flush(
      { statusCode: 404, code: ErrorCode.NotFound, message: 'Pillar not found', requestId: 'r1' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();

    expect(text('[role="alert"]')).toBe('This item does not exist or was removed.');
    expect(page().querySelector('[data-testid="pillar"]')).not.toBeNull();
  });
});

describe('TrendPage of an agreement that does not exist', () => {
  it('says there is nothing at this address', async () => {
    const backend = configureApiTesting([], [provideFakeEcharts()]);
    const fixture = TestBed.createComponent(TrendPage);
    fixture.componentRef.setInput('agreementId', 'a404');
    await settle();

    const notFound = { statusCode: 404, code: ErrorCode.NotFound, message: 'Not Found', requestId: 'r1' };
    backend.expectOne('/api/agreements/a404').flush(notFound, { status: 404, statusText: 'Not Found' });
    backend
      .expectOne((candidate) => candidate.url === '/api/agreements/a404/trend')
      .flush(notFound, { status: 404, statusText: 'Not Found' });
    await settle();

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')).toBeNull();
    backend.verify();
  });
});
