import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { CurrentUserDto, LoginRequest, LoginResponse, UpdatePreferencesRequest } from '@accord/shared';
import { Observable, switchMap, tap } from 'rxjs';
import { AgreementsApi } from '../api/agreements-api';
import { apiUrl } from '../api/api-url';
import { isLoginPageUrl, safeReturnUrl } from './return-url';

export const LOGIN_URL = apiUrl('auth', 'login');
const CURRENT_USER_URL = apiUrl('auth', 'me');
const TOKEN_STORAGE_KEY = 'accord.accessToken';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly user = signal<CurrentUserDto | null>(null);

  /** The signed-in user, null until /api/auth/me has answered. */
  readonly currentUser = this.user.asReadonly();

  token(): string | null {
    return localStorage.getItem(TOKEN_STORAGE_KEY);
  }

  login(credentials: LoginRequest): Observable<CurrentUserDto> {
    return this.http.post<LoginResponse>(LOGIN_URL, credentials).pipe(
      tap(({ accessToken }) => localStorage.setItem(TOKEN_STORAGE_KEY, accessToken)),
      switchMap(() => this.loadCurrentUser()),
    );
  }

  loadCurrentUser(): Observable<CurrentUserDto> {
    return this.http.get<CurrentUserDto>(CURRENT_USER_URL).pipe(tap((user) => this.user.set(user)));
  }

  /** Remembers the user's interface language on their account, so another device opens in it. */
  saveLanguage(language: string): Observable<CurrentUserDto> {
    const request: UpdatePreferencesRequest = { language };
    return this.http.patch<CurrentUserDto>(CURRENT_USER_URL, request).pipe(tap((user) => this.user.set(user)));
  }

  /**
   * The API no longer accepts the token while the user reads a page: forgets the token and the user,
   * then shows the login page, which returns to `returnUrl`. Idempotent: once the token is gone (a
   * second 401 of the same burst) it does nothing, and it never navigates from the login page to itself.
   */
  endSession(returnUrl?: string): void {
    if (!this.token()) return;
    this.forget();
    const onLoginPage =
      isLoginPageUrl(this.router.url) || isLoginPageUrl(this.router.currentNavigation()?.extractedUrl.toString());
    if (onLoginPage) return;
    const target = safeReturnUrl(returnUrl);
    void this.router.navigate(['/login'], { queryParams: target ? { returnUrl: target } : {} });
  }

  /**
   * The API refused the token on a write: forgets the token only, and stays, so the form keeps what
   * the user typed (and the user, so the form stays) until they sign in again, e.g. in another tab.
   */
  forgetToken(): void {
    localStorage.removeItem(TOKEN_STORAGE_KEY);
  }

  /** The user signs out: forgets everything and shows the login page. */
  logout(): void {
    this.forget();
    void this.router.navigate(['/login']);
  }

  private forget(): void {
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    this.user.set(null);
    this.agreementsApi.forget();
  }
}
