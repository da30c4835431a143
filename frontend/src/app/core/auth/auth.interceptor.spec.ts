import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AgreementRole, CurrentUserDto, ErrorCode } from '@accord/shared';
import { settle } from '../../../testing/settle';
import { ApiRequestError } from '../errors/api-request-error';
import { apiErrorInterceptor } from '../errors/api-error.interceptor';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const monitor: CurrentUserDto = {
  id: 'u1',
  email: 'monitor@example.org',
  displayName: 'Aminata Traoré',
  isAdmin: false,
  memberships: [{ agreementId: 'a1', role: AgreementRole.Monitor, confidentialAccess: false, trusted: false }],
};

const unauthorized = {
  body: { statusCode: 401, code: ErrorCode.Unauthorized, message: 'Unauthorized', requestId: 'r1' },
  init: { status: 401, statusText: 'Unauthorized' },
};

@Component({ selector: 'acc-test-blank', template: '' })
class Blank {}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;

  function configure(): void {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          { path: '**', component: Blank },
        ]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  }

  afterEach(() => backend.verify());

  function signIn(token = 'token-1'): void {
    auth.login({ email: monitor.email, password: 'secret' }).subscribe();
    backend.expectOne('/api/auth/login').flush({ accessToken: token });
    backend.expectOne('/api/auth/me').flush(monitor);
  }

  describe('with navigation stubbed', () => {
    let navigate: jest.SpyInstance;

    beforeEach(() => {
      configure();
      navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    });

    it('sends the stored token as a bearer token to the API', () => {
      signIn();

      http.get('/api/agreements').subscribe();

      expect(backend.expectOne('/api/agreements').request.headers.get('Authorization')).toBe('Bearer token-1');
    });

    it('does not send the token outside the API', () => {
      signIn();

      http.get('i18n/en.json').subscribe();

      expect(backend.expectOne('i18n/en.json').request.headers.has('Authorization')).toBe(false);
    });

    it('clears the token and user and goes to the login page when the API answers 401', () => {
      signIn();
      let failure: unknown;

      http.get('/api/agreements').subscribe({ error: (error: unknown) => (failure = error) });
      backend.expectOne('/api/agreements').flush(unauthorized.body, unauthorized.init);

      expect(auth.token()).toBeNull();
      expect(auth.currentUser()).toBeNull();
      expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
      expect(failure).toBeInstanceOf(ApiRequestError);
      expect((failure as ApiRequestError).code).toBe(ErrorCode.Unauthorized);
    });

    it('on a 401 to a write, forgets the token but stays on the page, user and all', () => {
      signIn();
      let failure: unknown;

      http
        .post('/api/milestones/m1/status-updates', { narrative: 'Typed slowly.' })
        .subscribe({ error: (error: unknown) => (failure = error) });
      backend.expectOne('/api/milestones/m1/status-updates').flush(unauthorized.body, unauthorized.init);

      expect(auth.token()).toBeNull();
      expect(auth.currentUser()).toEqual(monitor);
      expect(navigate).not.toHaveBeenCalled();
      expect((failure as ApiRequestError).code).toBe(ErrorCode.Unauthorized);
    });

    it('ignores a 401 for a token that has been replaced since (signed in again in another tab)', () => {
      signIn('old-token');
      http.get('/api/agreements').subscribe({ error: () => undefined });
      localStorage.setItem('accord.accessToken', 'new-token');

      backend.expectOne('/api/agreements').flush(unauthorized.body, unauthorized.init);

      expect(auth.token()).toBe('new-token');
      expect(navigate).not.toHaveBeenCalled();
    });

    it('leaves the session alone when the login itself is refused', () => {
      let failure: unknown;

      auth
        .login({ email: monitor.email, password: 'wrong' })
        .subscribe({ error: (error: unknown) => (failure = error) });
      backend
        .expectOne('/api/auth/login')
        .flush(
          { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Invalid credentials', requestId: 'r2' },
          { status: 401, statusText: 'Unauthorized' },
        );

      expect(navigate).not.toHaveBeenCalled();
      expect((failure as ApiRequestError).code).toBe(ErrorCode.InvalidCredentials);
    });

    it('signs out even when the token is already gone', () => {
      signIn();
      auth.forgetToken();

      auth.logout();

      expect(auth.currentUser()).toBeNull();
      expect(navigate).toHaveBeenCalledWith(['/login']);
    });
  });

  describe('with the real router', () => {
    let router: Router;

    beforeEach(async () => {
      configure();
      router = TestBed.inject(Router);
      await router.navigateByUrl('/agreements/a1/dashboard?asOf=2020-01-01');
    });

    it('ends two concurrent 401s on one clean login URL that returns to the page', async () => {
      signIn();
      http.get('/api/agreements/a1').subscribe({ error: () => undefined });
      http.get('/api/agreements/a1/dashboard').subscribe({ error: () => undefined });

      backend.expectOne('/api/agreements/a1').flush(unauthorized.body, unauthorized.init);
      backend.expectOne('/api/agreements/a1/dashboard').flush(unauthorized.body, unauthorized.init);
      await settle();

      expect(router.url).toBe('/login?returnUrl=%2Fagreements%2Fa1%2Fdashboard%3FasOf%3D2020-01-01');
      expect(router.parseUrl(router.url).queryParamMap.get('returnUrl')).toBe(
        '/agreements/a1/dashboard?asOf=2020-01-01',
      );
    });

    it('never makes the login page its own return address', async () => {
      signIn();
      await router.navigateByUrl('/login?returnUrl=%2Fagreements%2Fa1%2Fdashboard');
      http.get('/api/auth/me').subscribe({ error: () => undefined });

      backend.expectOne('/api/auth/me').flush(unauthorized.body, unauthorized.init);
      await settle();

      expect(auth.token()).toBeNull();
      expect(router.url).toBe('/login?returnUrl=%2Fagreements%2Fa1%2Fdashboard');
    });
  });
});
