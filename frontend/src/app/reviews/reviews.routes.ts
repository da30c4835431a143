import { MatPaginatorIntl } from '@angular/material/paginator';
import { Route } from '@angular/router';
import { TranslatedPaginatorIntl } from '../core/i18n/translated-paginator-intl';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { ReviewQueuePage } from './review-queue-page';

export const REVIEW_ROUTES: Route[] = [
  {
    path: '',
    title: 'titles.reviews',
    component: ReviewQueuePage,
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }, FORM_FIELD_DEFAULTS],
  },
];
