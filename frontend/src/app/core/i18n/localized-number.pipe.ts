import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatNumber, formatRate } from '@accord/shared';
import { LanguageService } from './language.service';

/** A number in the active language, with a fixed number of decimals. Impure so it follows a switch. */
@Pipe({ name: 'accNumber', pure: false })
export class LocalizedNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, fractionDigits = 0): string {
    return value === null || value === undefined ? '' : formatNumber(value, this.language.active(), fractionDigits);
  }
}

/** A 0-100 rate as a percentage in the active language; a dash when there is no rate. */
@Pipe({ name: 'accRate', pure: false })
export class LocalizedRatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(rate: number | null | undefined): string {
    return rate === null || rate === undefined ? '—' : formatRate(rate, this.language.active());
  }
}
