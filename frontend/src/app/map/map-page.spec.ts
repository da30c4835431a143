import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AgreementMapDto, DdrStage, SiteKind, SiteState } from '@accord/shared';
import { configureApiTesting } from '../../testing/api-testing';
import { provideFakeEcharts } from '../../testing/fake-echarts';
import { maliAgreement } from '../../testing/fixtures';
import { settle } from '../../testing/settle';
import { BOUNDARY_REGISTRY } from './boundary-registry';
import { BoundaryData } from './map-api';
import { MapPage } from './map-page';

const site = (id: string, located: boolean) => ({
  id,
  name: `Site ${id}`,
  kind: located ? SiteKind.MocCamp : SiteKind.CantonmentSite,
  regionCode: 'ML-7',
  regionName: 'Gao',
  latitude: located ? 16.27 : null,
  longitude: located ? -0.04 : null,
  state: located ? SiteState.Operational : null,
  stateSince: located ? '2017-02-18' : null,
  stateNote: null,
});

const mali: AgreementMapDto = {
  agreementId: 'a1',
  asOf: '2026-11-27',
  boundaryMap: 'mali-regions',
  areas: [
    {
      feature: 'ML-6',
      regions: [
        { code: 'ML-6', name: 'Tombouctou' },
        { code: 'ML-10', name: 'Taoudénit' },
      ],
      milestones: 4,
      overdue: 1,
      implementationRate: 41.7,
      ddr: [],
    },
    {
      feature: 'ML-7',
      regions: [{ code: 'ML-7', name: 'Gao' }],
      milestones: 2,
      overdue: 0,
      implementationRate: 83.3,
      ddr: [{ stage: DdrStage.Disarmed, total: 700 }],
    },
    {
      feature: 'ML-1',
      regions: [{ code: 'ML-1', name: 'Kayes' }],
      milestones: 0,
      overdue: 0,
      implementationRate: null,
      ddr: [],
    },
  ],
  sites: [site('s1', true), site('s2', false)],
};

const boundaries = {
  type: 'FeatureCollection',
  features: ['ML-1', 'ML-6', 'ML-7'].map((code, index) => ({
    type: 'Feature',
    id: code,
    properties: { iso_3166_2: code, name: code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [index, 0],
          [index + 1, 0],
          [index + 1, 1],
          [index, 0],
        ],
      ],
    },
  })),
};

describe('MapPage', () => {
  let fixture: ComponentFixture<MapPage>;
  let backend: HttpTestingController;
  let setOption: jest.Mock;
  let registered: Map<string, BoundaryData>;

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    page().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const cells = (testId: string) =>
    [...page().querySelectorAll(`[data-testid="${testId}"] > *`)].map((cell) => cell.textContent?.trim());
  const lastOption = () => setOption.mock.calls.at(-1)?.[0];

  async function open(map: AgreementMapDto): Promise<void> {
    setOption = jest.fn();
    registered = new Map();
    backend = configureApiTesting(
      [],
      [
        provideFakeEcharts(setOption),
        {
          provide: BOUNDARY_REGISTRY,
          useValue: { has: (name: string) => registered.has(name), register: registered.set.bind(registered) },
        },
      ],
    );
    fixture = TestBed.createComponent(MapPage);
    fixture.componentRef.setInput('agreementId', 'a1');
    await settle();
    backend.expectOne('/api/agreements/a1').flush(maliAgreement);
    backend.expectOne((request) => request.url === '/api/agreements/a1/map').flush(map);
    await settle();
  }

  afterEach(() => backend.verify());

  it('gives the figures of every shape in a table, named by the regions drawn in it', async () => {
    await open({ ...mali, boundaryMap: null });
    // Region, milestones, overdue, rate, disarmed (the only stage with a figure by region).
    expect(cells('area-ML-6')).toEqual(['Tombouctou · Taoudénit', '4', '1', '41.7%', '—']);
    expect(cells('area-ML-7')).toEqual(['Gao', '2', '0', '83.3%', '700']);
    // No milestone located in Kayes: no overdue count, no rate.
    expect(cells('area-ML-1')).toEqual(['Kayes', '0', '—', '—', '—']);
    expect(page().textContent).toContain('No boundary map ships');
    expect(text('site-s1')).toContain('Operational');
  });

  it('loads the boundary file shipped with the app and colours each shape by the chosen figure', async () => {
    await open(mali);
    backend.expectOne('maps/mali-regions.geojson').flush(boundaries);
    await settle();
    await settle();
    expect(registered.get('mali-regions')).toBe(boundaries);
    expect(page().querySelector('[data-testid="map-chart"]')?.getAttribute('aria-hidden')).toBe('true');
    expect(lastOption().geo).toMatchObject({ map: 'mali-regions', nameProperty: 'iso_3166_2' });
    expect(lastOption().series[0].data).toEqual([
      { name: 'ML-6', value: 41.7 },
      { name: 'ML-7', value: 83.3 },
      { name: 'ML-1', value: undefined },
    ]);
    // Only the site the sources place is a point.
    expect(lastOption().series[1].data).toEqual([expect.objectContaining({ name: 'Site s1', value: [-0.04, 16.27] })]);

    const select = page().querySelector<HTMLSelectElement>('[data-testid="map-metric"]');
    if (!select) throw new Error('No metric select');
    expect([...select.options].map((option) => option.textContent?.trim())).toEqual([
      'Implementation rate (PAM)',
      'Overdue milestones',
      'Disarmed',
    ]);
    select.value = DdrStage.Disarmed;
    select.dispatchEvent(new Event('change'));
    await settle();
    await settle();
    expect(lastOption().series[0].data.map((item: { value?: number }) => item.value)).toEqual([
      undefined,
      700,
      undefined,
    ]);
  });
});
