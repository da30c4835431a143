import { computed, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { map, Observable } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { DEFAULT_LANGUAGE, isOffered, OFFERED_LANGUAGES, textDirection } from './languages';

const LANGUAGE_STORAGE_KEY = 'accord.language';

/** The active language: switches Transloco and keeps the document's `lang` and `dir` in step. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly auth = inject(AuthService);
  private readonly activeLanguage = signal(this.transloco.getActiveLang());

  readonly languages = inject(OFFERED_LANGUAGES);
  readonly active = this.activeLanguage.asReadonly();
  readonly direction = computed(() => textDirection(this.active()));

  /** Starts in the user's last choice, else the browser's language, else the default. */
  start(): Observable<void> {
    const browserLanguages = (this.document.defaultView?.navigator.languages ?? []).map((tag) => tag.split('-')[0]);
    const preferred = [localStorage.getItem(LANGUAGE_STORAGE_KEY), ...browserLanguages].find(
      (language): language is string => !!language && isOffered(language, this.languages),
    );
    return this.activate(preferred ?? DEFAULT_LANGUAGE);
  }

  /** Switches at the user's request and remembers the choice, on this device and (signed in) on the account. */
  choose(language: string): Observable<void> {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    if (this.auth.currentUser()) this.auth.saveLanguage(language).subscribe({ error: () => undefined });
    return this.activate(language);
  }

  /** Switches to the language remembered on the user's account, when it is offered and not already active. */
  useAccountLanguage(language: string | null): void {
    if (!language || language === this.active() || !isOffered(language, this.languages)) return;
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    this.activate(language).subscribe();
  }

  // Loads first, so that nothing renders as raw keys while the file is on its way.
  private activate(language: string): Observable<void> {
    return this.transloco.load(language).pipe(
      map(() => {
        this.transloco.setActiveLang(language);
        this.activeLanguage.set(language);
        const root = this.document.documentElement;
        root.lang = language;
        root.dir = textDirection(language);
      }),
    );
  }
}
