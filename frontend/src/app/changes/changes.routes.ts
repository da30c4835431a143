import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { ChangesPage } from './changes-page';

export const CHANGES_ROUTES: Route[] = [
  { path: '', title: 'titles.changes', component: ChangesPage, providers: [FORM_FIELD_DEFAULTS] },
];
