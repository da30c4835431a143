import { Route } from '@angular/router';
import { authGuard } from './core/auth/auth.guard';
import { firstAgreementGuard } from './core/layout/first-agreement.guard';
import { MessagePage } from './core/layout/message-page';
import { Shell } from './core/layout/shell';

/** Route titles and messages are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: 'login',
    loadChildren: () => import('./login/login.routes').then((m) => m.LOGIN_ROUTES),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        canActivate: [firstAgreementGuard],
        component: MessagePage,
        data: { messageKey: 'agreements.none' },
      },
      {
        path: 'agreements/:agreementId/dashboard',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'agreements/:agreementId/commitments',
        loadChildren: () => import('./commitments/commitments.routes').then((m) => m.COMMITMENT_LIST_ROUTES),
      },
      {
        path: 'commitments/:commitmentId',
        loadChildren: () => import('./commitments/commitments.routes').then((m) => m.COMMITMENT_DETAIL_ROUTES),
      },
      {
        path: '**',
        title: 'titles.notFound',
        component: MessagePage,
        data: { messageKey: 'notFound' },
      },
    ],
  },
];
