import { Route } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';

/**
 * The public page of an agreement, for readers without an account: mounted outside the signed-in
 * shell and its guard. Route titles are translation keys (see TranslatedTitleStrategy).
 */
export const PUBLIC_ROUTES: Route[] = [
  {
    path: ':slug',
    title: 'titles.publicAgreement',
    loadComponent: () => import('./public-agreement-page').then((m) => m.PublicAgreementPage),
    // ECharts loads with the first chart, in its own chunk, as it does for the dashboard.
    providers: [provideEchartsCore({ echarts: () => import('../dashboard/echarts').then((m) => m.echarts) })],
  },
];
