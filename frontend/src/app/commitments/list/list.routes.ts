import { MatPaginatorIntl } from '@angular/material/paginator';
import { Route } from '@angular/router';
import { TranslatedPaginatorIntl } from '../../core/i18n/translated-paginator-intl';
import { FORM_FIELD_DEFAULTS } from '../../ui/form-field-defaults';
import { CommitmentListPage } from './commitment-list-page';

/** A chunk of its own: opening a commitment from a link does not download the list. */
export const COMMITMENT_LIST_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.commitments',
    component: CommitmentListPage,
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }, FORM_FIELD_DEFAULTS],
  },
];
