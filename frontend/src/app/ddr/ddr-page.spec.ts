import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { DdrDashboardDto, DdrStage, ErrorCode, IndicatorDimension, SiteKind, SiteState } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { DdrPage } from './ddr-page';

const stage = (value: DdrStage, figures: Partial<DdrDashboardDto['stages'][number]> = {}) => ({
  stage: value,
  indicatorId: null,
  name: null,
  unit: null,
  total: null,
  target: null,
  progress: null,
  valueAsOf: null,
  ...figures,
});

const mali: DdrDashboardDto = {
  agreementId: 'a1',
  asOf: '2026-11-27',
  stages: [
    stage(DdrStage.Registered, {
      indicatorId: 'i1',
      name: 'Combatants registered',
      total: 63000,
      valueAsOf: '2019-07-31',
    }),
    stage(DdrStage.Disarmed, {
      indicatorId: 'i2',
      name: 'Combatants disarmed',
      total: 1500,
      target: 1600,
      progress: 93.8,
      valueAsOf: '2018-11-20',
    }),
    stage(DdrStage.Demobilized),
    stage(DdrStage.Integrated, { indicatorId: 'i3', name: 'Ex-combatants integrated', target: 26000 }),
    stage(DdrStage.Reintegrated),
  ],
  series: [
    {
      stage: DdrStage.Registered,
      points: [
        { asOf: '2018-12-31', total: 32908 },
        { asOf: '2019-07-31', total: 63000 },
      ],
    },
    { stage: DdrStage.Integrated, points: [] },
  ],
  splits: [
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.ArmedGroup, key: 'CMA', value: 900 },
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.ArmedGroup, key: 'Platform', value: 600 },
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.Sex, key: 'male', value: 1450 },
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.Sex, key: 'female', value: 50 },
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.Region, key: 'ML-7', value: 1000 },
    { stage: DdrStage.Disarmed, dimension: IndicatorDimension.Region, key: 'ML-99', value: 500 },
  ],
  sites: [
    {
      id: 's1',
      name: 'MOC camp, Gao',
      kind: SiteKind.MocCamp,
      regionCode: 'ML-7',
      regionName: 'Gao',
      latitude: 16.27,
      longitude: -0.04,
      state: SiteState.Suspended,
      stateSince: '2017-01-18',
      stateNote: 'A suicide attack hits the camp.',
    },
    {
      id: 's2',
      name: 'Cantonment site, Innegar',
      kind: SiteKind.CantonmentSite,
      regionCode: 'ML-7',
      regionName: 'Gao',
      latitude: null,
      longitude: null,
      state: null,
      stateSince: null,
      stateNote: null,
    },
  ],
  regions: [{ code: 'ML-7', name: 'Gao' }],
};

describe('DdrPage', () => {
  let fixture: ComponentFixture<DdrPage>;
  let backend: HttpTestingController;
  let setOption: jest.Mock;

  async function render(
    answer: (request: ReturnType<HttpTestingController['expectOne']>) => void,
    asOf?: string,
  ): Promise<void> {
    setOption = jest.fn();
    backend = configureApiTesting([], [provideFakeEcharts(setOption)]);
    fixture = TestBed.createComponent(DdrPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    if (asOf) fixture.componentRef.setInput('asOf', asOf);
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    answer(backend.expectOne((request) => request.url === '/api/agreements/a1/ddr'));
    await settle();
  }

  const text = (testId: string) =>
    (fixture.nativeElement as HTMLElement)
      .querySelector(`[data-testid="${testId}"]`)
      ?.textContent?.replace(/\s+/g, ' ') ?? '';

  afterEach(() => backend.verify());

  it('lists every stage of the chain against its target, and says which are not measured', async () => {
    await render((request) => request.flush(mali));
    expect(text('ddr-stage-registered')).toContain('Combatants registered');
    expect(text('ddr-stage-registered')).toContain('63,000');
    expect(text('ddr-stage-disarmed')).toContain('1,600');
    expect(text('ddr-stage-disarmed')).toContain('93.8%');
    expect(text('ddr-stage-demobilized')).toContain('No indicator measures this stage.');
    expect(text('ddr-stage-integrated')).toContain('26,000');
  });

  it('shows the figures over time and the current figures by movement and by sex', async () => {
    await render((request) => request.flush(mali));
    expect(text('ddr-history-registered')).toContain('32,908');
    expect(text('ddr-history-integrated')).toBe('');
    expect(text('ddr-split-disarmed-armed_group')).toContain('CMA');
    expect(text('ddr-split-disarmed-sex')).toContain('Women');
    expect(text('ddr-split-disarmed-sex')).toContain('1,450');
  });

  it('draws the chain against its targets and the stages over time, for the measured stages only', async () => {
    await render((request) => request.flush(mali));
    await settle();
    const [chain, history] = setOption.mock.calls.map(([option]) => option);
    expect(chain.yAxis.data).toEqual(['Registered', 'Disarmed', 'Integrated']);
    expect(chain.series.map((series: { name: string; data: unknown[] }) => [series.name, series.data])).toEqual([
      ['Target', [undefined, 1600, 26000]],
      ['Figure', [63000, 1500, undefined]],
    ]);
    expect(history.series).toEqual([
      expect.objectContaining({
        name: 'Registered',
        data: [
          ['2018-12-31', 32908],
          ['2019-07-31', 63000],
        ],
      }),
    ]);
  });

  it('names regions in the split by region, and lists the sites with their state', async () => {
    await render((request) => request.flush(mali));
    expect(text('ddr-split-disarmed-region')).toContain('Gao1,000');
    // A code the agreement does not name is shown as recorded.
    expect(text('ddr-split-disarmed-region')).toContain('ML-99500');
    expect(text('site-s1')).toContain('MOC camp, Gao');
    expect(text('site-s1')).toContain('Suspended');
    expect(text('site-s1')).toContain('A suicide attack hits the camp.');
    expect(text('site-s2')).toContain('No state recorded');
  });

  it('asks for the figures as of the day in the URL', async () => {
    await render((request) => {
      expect(request.request.params.get('asOf')).toBe('2018-12-31');
      request.flush({ ...mali, asOf: '2018-12-31' });
    }, '2018-12-31');
    expect((fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="as-of"]')?.value).toBe(
      '2018-12-31',
    );
  });

  it('says when the agreement does not exist for this user', async () => {
    await render((request) =>
      request.flush(
        { statusCode: 404, code: ErrorCode.NotFound, message: 'Agreement not found', requestId: 'r' },
        { status: 404, statusText: 'Not Found' },
      ),
    );
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('There is nothing at this address.');
  });
});
