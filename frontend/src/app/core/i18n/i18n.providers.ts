import {
  EnvironmentProviders,
  inject,
  isDevMode,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from './language.service';
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { TranslocoHttpLoader } from './transloco-http-loader';

export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    ...provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        // A key missing from a new language shows in English rather than as a raw key.
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { useFallbackTranslation: true },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    // The first screen renders translated: the start language is loaded before bootstrap completes.
    provideAppInitializer(() => firstValueFrom(inject(LanguageService).start())),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ]);
}
