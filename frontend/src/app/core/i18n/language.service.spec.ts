import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../public/i18n/en.json';
import { LanguageService } from './language.service';
import { OFFERED_LANGUAGES, textDirection } from './languages';

describe('LanguageService', () => {
  let root: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    // A second language, right to left, so that choosing between languages can be seen to work.
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en, ar: { app: { name: 'متتبع الاتفاقات' } } },
          translocoConfig: { availableLangs: ['en', 'ar'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        {
          provide: OFFERED_LANGUAGES,
          useValue: [
            { id: 'en', label: 'English' },
            { id: 'ar', label: 'العربية' },
          ],
        },
      ],
    });
    root = TestBed.inject(DOCUMENT).documentElement;
    root.lang = '';
    root.dir = '';
  });

  it('writes right to left for Arabic only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('fr')).toBe('ltr');
  });

  it('sets the lang and dir of the document to the language started with', () => {
    TestBed.inject(LanguageService).start().subscribe();

    expect(root.lang).toBe('en');
    expect(root.dir).toBe('ltr');
    expect(TestBed.inject(LanguageService).active()).toBe('en');
  });

  it('starts in the remembered language, and turns the page right to left for Arabic', () => {
    localStorage.setItem('accord.language', 'ar');
    const language = TestBed.inject(LanguageService);

    language.start().subscribe();

    expect(language.active()).toBe('ar');
    expect(language.direction()).toBe('rtl');
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('ar');
  });

  it('ignores a remembered language that is no longer offered, without loading it', () => {
    localStorage.setItem('accord.language', 'xx');
    const load = jest.spyOn(TestBed.inject(TranslocoService), 'load');
    const language = TestBed.inject(LanguageService);

    language.start().subscribe();

    expect(load).not.toHaveBeenCalledWith('xx', expect.anything());
    expect(load).not.toHaveBeenCalledWith('xx');
    expect(language.active()).toBe('en');
    expect(root.dir).toBe('ltr');
  });

  it('switches at the user’s request and remembers the choice', () => {
    const language = TestBed.inject(LanguageService);
    language.start().subscribe();

    language.choose('ar').subscribe();

    expect(language.active()).toBe('ar');
    expect(root.dir).toBe('rtl');
    expect(localStorage.getItem('accord.language')).toBe('ar');
  });
});
