import { Route } from '@angular/router';
import { FORM_FIELD_DEFAULTS } from '../ui/form-field-defaults';
import { BulkImportPage } from './bulk-import-page';

export const BULK_IMPORT_ROUTES: Route[] = [
  { path: '', title: 'titles.import', component: BulkImportPage, providers: [FORM_FIELD_DEFAULTS] },
];
