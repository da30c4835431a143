import type { ReportLanguage } from '@accord/shared';
import type { PublicAssets } from './public-assets';

/** A label by its key in the UI's translations, with `{{name}}` parameters filled in. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The labels of a printed report in `language`, taken from the UI's translation files (so the page and
 * the screen say the same, and the spec that holds every language to English's keys covers both).
 * A missing key is a programming error, not a label to print.
 */
export function reportLabels(assets: PublicAssets, language: ReportLanguage): Translate {
  const dictionary = assets.json<Record<string, unknown>>(`i18n/${language}.json`);
  return (key, params = {}) => {
    const label = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], dictionary);
    if (typeof label !== 'string') throw new Error(`No label ${key} in i18n/${language}.json`);
    return label.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
