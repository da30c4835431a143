import { Route } from '@angular/router';
import { uuidSegmentAt } from '../core/routing/uuid-segment.guard';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { IndicatorDetailPage } from './indicator-detail-page';
import { IndicatorListPage } from './indicator-list-page';

/** Under `agreements/:agreementId/indicators`, whose id the pages receive with their own. */
export const INDICATOR_ROUTES: Route[] = [
  { path: '', title: 'titles.indicators', component: IndicatorListPage },
  {
    path: ':indicatorId',
    canMatch: [uuidSegmentAt(0)],
    title: 'titles.indicator',
    component: IndicatorDetailPage,
    providers: [FORM_FIELD_DEFAULTS],
  },
];
