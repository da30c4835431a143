import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A difference with its sign, as the language writes it: +8.3 in English, +8,3 in French; no sign for
 * zero. Exactly `fractionDigits` decimals.
 */
export function formatSigned(value: number, language: string, fractionDigits = 1): string {
  const key = `${language}|${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      signDisplay: 'exceptZero',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A signed difference in the active language; empty without one. Impure so it follows a switch. */
@Pipe({ name: 'accSigned', pure: false })
export class SignedNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, fractionDigits = 1): string {
    return value === null || value === undefined ? '' : formatSigned(value, this.language.active(), fractionDigits);
  }
}
