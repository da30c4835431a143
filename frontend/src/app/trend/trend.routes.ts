import { Route } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { echarts } from './echarts';
import { TrendPage } from './trend-page';

export const TREND_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.trend',
    component: TrendPage,
    // Provided here, not at the root, so ECharts is only in this lazy chunk.
    providers: [provideEchartsCore({ echarts }), FORM_FIELD_DEFAULTS],
  },
];
