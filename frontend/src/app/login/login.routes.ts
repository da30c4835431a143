import { Route } from '@angular/router';
import { LoginPage } from './login-page';

export const LOGIN_ROUTES: Route[] = [{ path: '', title: 'titles.login', component: LoginPage }];
