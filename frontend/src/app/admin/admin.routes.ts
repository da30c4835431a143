import { Route } from '@angular/router';
import { uuidSegmentAt } from '../core/routing/uuid-segment.guard';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';

/**
 * The administrators' area, mounted at `admin` behind a guard. Each page is a chunk of its own, so
 * opening one does not download the others. Titles are translation keys (TranslatedTitleStrategy).
 */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    loadComponent: () => import('./admin-layout').then((m) => m.AdminLayout),
    providers: [FORM_FIELD_DEFAULTS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'titles.adminUsers',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'audit',
        title: 'titles.adminAudit',
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
      {
        path: 'pax-import',
        title: 'titles.adminPaxImport',
        loadComponent: () => import('./pax-import/pax-import-page').then((m) => m.PaxImportPage),
      },
      {
        // A malformed id matches nothing and falls through to "not found", without asking the API.
        path: 'agreements/:agreementId/settings',
        canMatch: [uuidSegmentAt(1)],
        title: 'titles.adminSettings',
        loadComponent: () => import('./settings/agreement-settings-page').then((m) => m.AgreementSettingsPage),
      },
    ],
  },
];
