import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { LoginPage } from './login-page';

export const LOGIN_ROUTES: Route[] = [
  { path: '', title: 'titles.login', component: LoginPage, providers: [FORM_FIELD_DEFAULTS] },
];
