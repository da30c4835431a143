import { InjectionToken } from '@angular/core';
import type { TextDirection } from '@accord/shared';
import { LangDefinition } from '@jsverse/transloco';

/**
 * Languages the interface offers, each named in its own language. To add one, add its
 * `public/i18n/<id>.json` and an entry here; right-to-left scripts are listed below.
 */
export const LANGUAGES: readonly LangDefinition[] = [
  { id: 'en', label: 'English' },
  { id: 'fr', label: 'Français' },
  { id: 'ar', label: 'العربية' },
];

/** The offered languages as the app reads them: a token, so that tests can offer others. */
export const OFFERED_LANGUAGES = new InjectionToken<readonly LangDefinition[]>('OFFERED_LANGUAGES', {
  providedIn: 'root',
  factory: () => LANGUAGES,
});

export const DEFAULT_LANGUAGE = 'en';

const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export function textDirection(language: string): TextDirection {
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function isOffered(language: string, languages: readonly LangDefinition[] = LANGUAGES): boolean {
  return languages.some(({ id }) => id === language);
}
