import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, RouterOutlet, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { AgreementDetailDto, ErrorCode } from '@accord/shared';
import { maliAgreement } from '../../../testing/fixtures';
import { translocoTesting } from '../../../testing/i18n';
import { settle } from '../../../testing/settle';
import { apiErrorInterceptor } from '../../core/errors/api-error.interceptor';
import { TranslatedTitleStrategy } from '../../core/i18n/translated-title-strategy';
import { ADMIN_ROUTES } from '../admin.routes';

@Component({ selector: 'acc-test-host', imports: [RouterOutlet], template: '<router-outlet />' })
class Host {}

const MALI = '6f1c1b4e-3a0d-4c8e-9a57-1e2b3c4d5e6f';
const SETTINGS_URL = `/api/agreements/${MALI}/settings`;

const agreement: AgreementDetailDto = {
  ...maliAgreement,
  id: MALI,
  version: 5,
  publicPage: false,
  trustedUpdatesSkipReview: false,
};

describe('AgreementSettingsPage', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        // Mounted as the app mounts the area, so that the routes, their titles and the id's binding are tested too.
        provideRouter([{ path: 'admin', children: ADMIN_ROUTES }], withComponentInputBinding()),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        provideHttpClient(withInterceptors([apiErrorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await TestBed.inject(Router).navigateByUrl(`/admin/agreements/${MALI}/settings`);
    await settle();
    // The area's menu lists the agreements.
    for (const request of backend.match('/api/agreements')) request.flush([maliAgreement]);
    backend.expectOne(`/api/agreements/${MALI}`).flush(agreement);
    await settle();
  });

  afterEach(() => backend.verify());

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(element: Element = page()): string {
    return (element.textContent ?? '').replace(/\s+/g, ' ');
  }

  function element<T extends HTMLElement = HTMLElement>(testId: string): T {
    const found = page().querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`No ${testId}`);
    return found;
  }

  /** The switch inside a Material slide toggle. */
  function toggle(testId: string): HTMLButtonElement {
    const button = element(testId).querySelector<HTMLButtonElement>('button[role="switch"]');
    if (!button) throw new Error(`No switch in ${testId}`);
    return button;
  }

  async function click(target: HTMLElement): Promise<void> {
    target.click();
    await settle();
  }

  function settingsRequest(): TestRequest {
    const request = backend.expectOne(SETTINGS_URL);
    expect(request.request.method).toBe('PATCH');
    return request;
  }

  it('shows the agreement and its settings, under a translated title', () => {
    expect(text(element('settings-agreement'))).toContain(maliAgreement.title);
    expect(toggle('settings-public').getAttribute('aria-checked')).toBe('false');
    expect(toggle('settings-trusted').getAttribute('aria-checked')).toBe('false');
    expect(page().querySelector('[data-testid="settings-public-url"]')).toBeNull();
    expect(TestBed.inject(Title).getTitle()).toBe('Agreement settings · Accord Tracker');
  });

  it('turns the public page on with If-Match and shows its address', async () => {
    await click(toggle('settings-public'));
    expect(text(element('settings-public-url'))).toContain('/public/mali-2015 (once saved)');

    await click(element('settings-submit'));
    const request = settingsRequest();
    expect(request.request.headers.get('If-Match')).toBe('"5"');
    expect(request.request.body).toEqual({ publicPage: true });
    request.flush({ ...agreement, publicPage: true, version: 6 });
    await settle();

    const link = element('settings-public-url').querySelector('a');
    expect(link?.getAttribute('href')).toBe('http://localhost/public/mali-2015');
    expect(text(element('settings-saved'))).toContain('Settings saved.');

    // The next save is checked against the version the API answered.
    await click(toggle('settings-trusted'));
    await click(element('settings-submit'));
    const next = settingsRequest();
    expect(next.request.headers.get('If-Match')).toBe('"6"');
    expect(next.request.body).toEqual({ trustedUpdatesSkipReview: true });
    next.flush({ ...agreement, publicPage: true, trustedUpdatesSkipReview: true, version: 7 });
    await settle();
  });

  it('on 412 says another administrator was first, reloads the agreement and keeps the switch turned', async () => {
    await click(toggle('settings-trusted'));
    await click(element('settings-submit'));

    settingsRequest().flush(
      { statusCode: 412, code: ErrorCode.PreconditionFailed, message: 'Precondition Failed', requestId: 'r1' },
      { status: 412, statusText: 'Precondition Failed' },
    );
    await settle();
    // Meanwhile a colleague opened the public page.
    backend.expectOne(`/api/agreements/${MALI}`).flush({ ...agreement, publicPage: true, version: 8 });
    await settle();

    expect(text(element('settings-conflict'))).toContain('Another administrator changed this agreement');
    expect(toggle('settings-trusted').getAttribute('aria-checked')).toBe('true');
    expect(toggle('settings-public').getAttribute('aria-checked')).toBe('true');

    await click(element('settings-submit'));
    const retry = settingsRequest();
    expect(retry.request.headers.get('If-Match')).toBe('"8"');
    expect(retry.request.body).toEqual({ trustedUpdatesSkipReview: true });
    retry.flush({ ...agreement, publicPage: true, trustedUpdatesSkipReview: true, version: 9 });
    await settle();

    expect(page().querySelector('[data-testid="settings-conflict"]')).toBeNull();
  });
});
