import ar from '../../../../public/i18n/ar.json';
import en from '../../../../public/i18n/en.json';
import fr from '../../../../public/i18n/fr.json';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages';

/** The translation file of each offered language; a language added to LANGUAGES needs its file imported here. */
const FILES: Readonly<Record<string, unknown>> = { en, fr, ar };

/**
 * English values that another language may keep word for word: without this list, a value equal to the English
 * one is taken for a string someone forgot to translate.
 */
const SAME_IN_EVERY_LANGUAGE: readonly string[] = [
  // The product's name, which is not translated.
  'Accord Tracker',
  // Two numbers and a slash (characters typed out of the maximum): nothing in it to translate.
  '{{count}} / {{max}}',
];
const MAY_EQUAL_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // Words spelt the same, with the same meaning, in French: "Minimal" is also the PAM level's French name;
  // DDR is the French acronym too (désarmement, démobilisation, réintégration).
  fr: ['Action', 'Actions', 'Administration', 'Article', 'Coalitions', 'Date', 'DDR', 'Minimal', 'Type'],
};

/** Languages whose every value must contain a letter of their script (unless it is the same in every language). */
const SCRIPTS: Readonly<Record<string, { name: string; letter: RegExp }>> = {
  // The letters of the Arabic alphabet (hamza to yeh, then the extended letters), not its digits or punctuation.
  ar: { name: 'Arabic', letter: /[\u0621-\u064A\u066E-\u06D3]/ },
};

/** Every leaf of a translation tree, by its dotted key path ("admin.users.title"). */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    found.set(prefix, tree);
    return found;
  }
  for (const [key, value] of Object.entries(tree)) {
    for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) found.set(path, leaf);
  }
  return found;
}

/** The names of the {{parameters}} a value interpolates, sorted, each once. */
function parameters(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...new Set([...value.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((match) => match[1]))].sort();
}

const english = leaves(en);
const languages = LANGUAGES.map((language) => [language.id, language] as const);

describe('translation files', () => {
  it('offers the default language', () => {
    expect(LANGUAGES.map(({ id }) => id)).toContain(DEFAULT_LANGUAGE);
  });

  it('has a file for every offered language', () => {
    expect(LANGUAGES.map(({ id }) => id).filter((id) => !(id in FILES))).toEqual([]);
  });

  describe.each(languages)('%s', (id) => {
    const translations = leaves(FILES[id]);

    it('has exactly the key paths of the English file', () => {
      const missing = [...english.keys()].filter((path) => !translations.has(path));
      const extra = [...translations.keys()].filter((path) => !english.has(path));

      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('gives every key a text that is not empty', () => {
      const notText = [...translations]
        .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
        .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);

      expect(notText).toEqual([]);
    });

    it('uses the same {{parameters}} as English in every value', () => {
      const mismatched = [...english]
        .filter(([path]) => translations.has(path))
        .map(([path, value]) => ({ path, english: parameters(value), translated: parameters(translations.get(path)) }))
        .filter(({ english, translated }) => english.join() !== translated.join());

      expect(mismatched).toEqual([]);
    });

    if (id !== 'en') {
      it('translates every value, apart from the allowed ones', () => {
        const allowed = new Set([...SAME_IN_EVERY_LANGUAGE, ...(MAY_EQUAL_ENGLISH[id] ?? [])]);
        const untranslated = [...english]
          .filter(([path, value]) => translations.get(path) === value && !allowed.has(value as string))
          .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);

        expect(untranslated).toEqual([]);
      });
    }

    const script = SCRIPTS[id];
    if (script) {
      it(`writes every value with ${script.name} letters, apart from the allowed ones`, () => {
        const allowed = new Set(SAME_IN_EVERY_LANGUAGE);
        const notInScript = [...translations]
          .filter(([, value]) => typeof value === 'string' && !allowed.has(value) && !script.letter.test(value))
          .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);

        expect(notInScript).toEqual([]);
      });
    }
  });
});
