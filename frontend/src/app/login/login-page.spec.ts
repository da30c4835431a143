import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { configureApiTesting } from '../../testing/api-testing';
import { settle } from '../../testing/settle';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    backend = configureApiTesting();
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    fixture = TestBed.createComponent(LoginPage);
  });

  afterEach(() => backend.verify());

  function element<T extends HTMLElement>(testId: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`No element with data-testid="${testId}"`);
    return found;
  }

  async function signIn(returnUrl: string): Promise<void> {
    fixture.componentRef.setInput('returnUrl', returnUrl);
    await settle();
    for (const [testId, value] of [
      ['login-email', 'monitor@example.org'],
      ['login-password', 'secret'],
    ]) {
      const input = element<HTMLInputElement>(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    element('login-submit').click();
    backend.expectOne('/api/auth/login').flush({ accessToken: 'token-1' });
    backend.expectOne('/api/auth/me').flush({
      id: 'u1',
      email: 'monitor@example.org',
      displayName: 'Aminata Traoré',
      isAdmin: false,
      memberships: [],
    });
    await settle();
  }

  it('returns to the page the user came from', async () => {
    navigateByUrl.mockResolvedValue(true);

    await signIn('/agreements/a1/commitments?level=0');

    expect(navigateByUrl).toHaveBeenCalledWith('/agreements/a1/commitments?level=0');
  });

  it('never returns to the login page itself, which would leave the user there', async () => {
    navigateByUrl.mockResolvedValue(true);

    await signIn('/login?returnUrl=%2Fagreements');

    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('lets the user try again when the navigation after signing in fails', async () => {
    navigateByUrl.mockResolvedValue(false);

    await signIn('/agreements/a1/dashboard');

    expect(element<HTMLButtonElement>('login-submit').disabled).toBe(false);
  });
});
