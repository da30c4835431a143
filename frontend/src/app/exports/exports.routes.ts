import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { ExportsPage } from './exports-page';

export const EXPORTS_ROUTES: Route[] = [
  { path: '', title: 'titles.exports', component: ExportsPage, providers: [FORM_FIELD_DEFAULTS] },
];
