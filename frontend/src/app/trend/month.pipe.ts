import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';

export type MonthStyle = 'long' | 'short';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A month (yyyy-mm) as the language names it: "May 2015", "mai 2015"; read in UTC so it never shifts. */
export function formatMonth(month: string, language: string, style: MonthStyle = 'long'): string {
  const key = `${language}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: style, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}

/** A month (yyyy-mm) in the active language. Impure so it follows a switch. */
@Pipe({ name: 'accMonth', pure: false })
export class LocalizedMonthPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(month: string | null | undefined, style: MonthStyle = 'long'): string {
    return month ? formatMonth(month, this.language.active(), style) : '';
  }
}
