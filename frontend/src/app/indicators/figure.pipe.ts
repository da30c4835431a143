import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatNumber } from '@accord/shared';
import { LanguageService } from '../core/i18n/language.service';

/**
 * An indicator's figure in the active language: counts as whole numbers, other figures with the two
 * decimals the API keeps. Impure so it follows a switch.
 */
@Pipe({ name: 'accFigure', pure: false })
export class FigurePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined): string {
    if (value === null || value === undefined) return '';
    return formatNumber(value, this.language.active(), Number.isInteger(value) ? 0 : 2);
  }
}
