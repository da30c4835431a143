import { Route } from '@angular/router';
import { adminGuard } from './core/auth/admin.guard';
import { authGuard } from './core/auth/auth.guard';
import { firstAgreementGuard } from './core/layout/first-agreement.guard';
import { MessagePage } from './core/layout/message-page';
import { Shell } from './core/layout/shell';
import { uuidSegmentAt } from './core/routing/uuid-segment.guard';

/** Route titles and messages are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: 'login',
    loadChildren: () => import('./login/login.routes').then((m) => m.LOGIN_ROUTES),
  },
  // Public pages of agreements whose administrators opted in: no account, outside the signed-in frame.
  {
    path: 'public',
    loadChildren: () => import('./public/public.routes').then((m) => m.PUBLIC_ROUTES),
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
      // A malformed id matches none of these and falls through to "not found", without asking the API.
      {
        path: 'agreements/:agreementId/dashboard',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'agreements/:agreementId/commitments',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./commitments/list/list.routes').then((m) => m.COMMITMENT_LIST_ROUTES),
      },
      {
        path: 'agreements/:agreementId/ddr',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./ddr/ddr.routes').then((m) => m.DDR_ROUTES),
      },
      {
        path: 'agreements/:agreementId/indicators',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./indicators/indicators.routes').then((m) => m.INDICATOR_ROUTES),
      },
      {
        path: 'agreements/:agreementId/map',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./map/map.routes').then((m) => m.MAP_ROUTES),
      },
      {
        path: 'agreements/:agreementId/timeline',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./timeline/timeline.routes').then((m) => m.TIMELINE_ROUTES),
      },
      {
        path: 'agreements/:agreementId/changes',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./changes/changes.routes').then((m) => m.CHANGES_ROUTES),
      },
      {
        path: 'agreements/:agreementId/trend',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./trend/trend.routes').then((m) => m.TREND_ROUTES),
      },
      {
        path: 'agreements/:agreementId/reports',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES),
      },
      {
        path: 'agreements/:agreementId/import',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./bulk-import/bulk-import.routes').then((m) => m.BULK_IMPORT_ROUTES),
      },
      {
        path: 'agreements/:agreementId/exports',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./exports/exports.routes').then((m) => m.EXPORTS_ROUTES),
      },
      {
        path: 'agreements/:agreementId/reviews',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./reviews/reviews.routes').then((m) => m.REVIEW_ROUTES),
      },
      {
        path: 'commitments/:commitmentId',
        canMatch: [uuidSegmentAt(1)],
        loadChildren: () => import('./commitments/detail/detail.routes').then((m) => m.COMMITMENT_DETAIL_ROUTES),
      },
      {
        path: 'admin',
        canActivate: [adminGuard],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
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
