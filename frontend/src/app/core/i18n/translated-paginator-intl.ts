import { inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's labels, from the translation files and re-read on a language switch. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$.pipe(takeUntilDestroyed()).subscribe(() => {
      this.itemsPerPageLabel = this.transloco.translate('paginator.itemsPerPage');
      this.nextPageLabel = this.transloco.translate('paginator.nextPage');
      this.previousPageLabel = this.transloco.translate('paginator.previousPage');
      this.firstPageLabel = this.transloco.translate('paginator.firstPage');
      this.lastPageLabel = this.transloco.translate('paginator.lastPage');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, length);
    return this.transloco.translate('paginator.range', { start, end, length });
  };
}
