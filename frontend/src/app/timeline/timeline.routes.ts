import { Route } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { echarts } from './echarts';
import { TimelinePage } from './timeline-page';

export const TIMELINE_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.timeline',
    component: TimelinePage,
    providers: [provideEchartsCore({ echarts }), FORM_FIELD_DEFAULTS],
  },
];
