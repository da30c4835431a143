import { Route } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { BOUNDARY_REGISTRY } from './boundary-registry';
import { echarts, echartsBoundaries } from './echarts';
import { MapPage } from './map-page';

export const MAP_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.map',
    component: MapPage,
    // Provided here, not at the root, so ECharts and its map code are only in this lazy chunk.
    providers: [
      provideEchartsCore({ echarts }),
      { provide: BOUNDARY_REGISTRY, useValue: echartsBoundaries },
      FORM_FIELD_DEFAULTS,
    ],
  },
];
