import { Route } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { DdrPage } from './ddr-page';
import { echarts } from './echarts';

export const DDR_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.ddr',
    component: DdrPage,
    // Provided here, not at the root, so ECharts is only in this lazy chunk.
    providers: [provideEchartsCore({ echarts }), FORM_FIELD_DEFAULTS],
  },
];
