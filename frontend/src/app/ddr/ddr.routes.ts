import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { DdrPage } from './ddr-page';

export const DDR_ROUTES: Route[] = [
  { path: '', title: 'titles.ddr', component: DdrPage, providers: [FORM_FIELD_DEFAULTS] },
];
