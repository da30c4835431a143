import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { CurrentUserDto, ErrorCode, Role } from '@accord/shared';
import { ApiRequestError } from '../errors/api-request-error';
import { apiErrorInterceptor } from '../errors/api-error.interceptor';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const monitor: CurrentUserDto = {
  id: 'u1',
  email: 'monitor@example.org',
  displayName: 'Aminata Traoré',
  role: Role.Monitor,
};

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiErrorInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  function signIn(): void {
    auth.login({ email: monitor.email, password: 'secret' }).subscribe();
    backend.expectOne('/api/auth/login').flush({ accessToken: 'token-1' });
    backend.expectOne('/api/auth/me').flush(monitor);
  }

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
    backend
      .expectOne('/api/agreements')
      .flush(
        { statusCode: 401, code: ErrorCode.Unauthorized, message: 'Unauthorized', requestId: 'r1' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(auth.token()).toBeNull();
    expect(auth.currentUser()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect((failure as ApiRequestError).code).toBe(ErrorCode.Unauthorized);
  });

  it('leaves the session alone when the login itself is refused', () => {
    let failure: unknown;

    auth.login({ email: monitor.email, password: 'wrong' }).subscribe({ error: (error: unknown) => (failure = error) });
    backend
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, code: ErrorCode.InvalidCredentials, message: 'Invalid credentials', requestId: 'r2' },
        { status: 401, statusText: 'Unauthorized' },
      );

    expect(navigate).not.toHaveBeenCalled();
    expect((failure as ApiRequestError).code).toBe(ErrorCode.InvalidCredentials);
  });
});
