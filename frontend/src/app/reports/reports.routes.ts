import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { ReportsPage } from './reports-page';

export const REPORTS_ROUTES: Route[] = [
  { path: '', title: 'titles.reports', component: ReportsPage, providers: [FORM_FIELD_DEFAULTS] },
];
