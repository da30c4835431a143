import { inject, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from './language.service';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${language}|${dateOnly}`;
  let format = formatters.get(key);
  if (!format) {
    // A date-only value is a calendar day, not an instant: read and show it in UTC so it never shifts.
    format = dateOnly
      ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
      : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(key, format);
  }
  return format;
}

/** An API date (`yyyy-mm-dd`) or timestamp in the active language. Impure so it follows a switch. */
@Pipe({ name: 'accDate', pure: false })
export class LocalizedDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | null | undefined): string {
    if (!value) return '';
    return formatter(this.language.active(), DATE_ONLY.test(value)).format(new Date(value));
  }
}
