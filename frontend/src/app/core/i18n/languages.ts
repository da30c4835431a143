import { LangDefinition } from '@jsverse/transloco';

/**
 * Languages the interface offers, each named in its own language. To add one, add its
 * `public/i18n/<id>.json` and an entry here; right-to-left scripts are listed below.
 */
export const LANGUAGES: readonly LangDefinition[] = [{ id: 'en', label: 'English' }];

export const DEFAULT_LANGUAGE = 'en';

const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(language: string): TextDirection {
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function isOffered(language: string): boolean {
  return LANGUAGES.some(({ id }) => id === language);
}
