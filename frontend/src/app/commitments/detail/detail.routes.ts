import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../../ui/form-field-defaults';
import { CommitmentDetailPage } from './commitment-detail-page';

/** A chunk of its own: opening a commitment from a link does not download the list. */
export const COMMITMENT_DETAIL_ROUTES: Route[] = [
  { path: '', title: 'titles.commitment', component: CommitmentDetailPage, providers: [FORM_FIELD_DEFAULTS] },
];
