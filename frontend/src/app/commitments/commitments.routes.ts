import { MatPaginatorIntl } from '@angular/material/paginator';
import { Route } from '@angular/router';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { CommitmentDetailPage } from './detail/commitment-detail-page';
import { CommitmentListPage } from './list/commitment-list-page';

export const COMMITMENT_LIST_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.commitments',
    component: CommitmentListPage,
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }, FORM_FIELD_DEFAULTS],
  },
];

export const COMMITMENT_DETAIL_ROUTES: Route[] = [
  { path: '', title: 'titles.commitment', component: CommitmentDetailPage, providers: [FORM_FIELD_DEFAULTS] },
];
