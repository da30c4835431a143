import { inject, Injectable } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE } from './languages';

type TranslationParams = Record<string, unknown>;

/**
 * Translation from TypeScript (chart labels, error messages). Reads the active language signal, so a
 * computed or template that calls it follows a language switch.
 */
@Injectable({ providedIn: 'root' })
export class Translations {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  translate(key: string, params?: TranslationParams): string {
    return this.transloco.translate(key, params, this.language.active());
  }

  /** The translation of `key`, or `fallback` when neither the active nor the default language has it. */
  translateOr(key: string, fallback: string, params?: TranslationParams): string {
    const language = this.language.active();
    const known = [language, DEFAULT_LANGUAGE].some((candidate) => key in this.transloco.getTranslation(candidate));
    return known ? this.transloco.translate(key, params, language) : fallback;
  }
}
