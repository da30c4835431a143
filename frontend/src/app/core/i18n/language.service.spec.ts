import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../testing/i18n';
import { LanguageService } from './language.service';
import { textDirection } from './languages';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
  });

  it('writes right to left for Arabic only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('fr')).toBe('ltr');
  });

  it('sets the lang and dir of the document to the language started with', () => {
    const root = TestBed.inject(DOCUMENT).documentElement;
    root.lang = '';

    TestBed.inject(LanguageService).start().subscribe();

    expect(root.lang).toBe('en');
    expect(root.dir).toBe('ltr');
    expect(TestBed.inject(LanguageService).active()).toBe('en');
  });

  it('ignores a remembered language that is no longer offered', () => {
    localStorage.setItem('accord.language', 'xx');

    TestBed.inject(LanguageService).start().subscribe();

    expect(TestBed.inject(LanguageService).active()).toBe('en');
  });
});
