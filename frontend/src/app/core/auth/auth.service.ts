import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { CurrentUserDto, LoginRequest, LoginResponse } from '@accord/shared';
import { Observable, switchMap, tap } from 'rxjs';
import { apiUrl } from '../api/api-url';

export const LOGIN_URL = apiUrl('auth', 'login');
const CURRENT_USER_URL = apiUrl('auth', 'me');
const TOKEN_STORAGE_KEY = 'accord.accessToken';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
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

  /** Forgets the token and the user, then shows the login page, which returns to `returnUrl`. */
  endSession(returnUrl?: string): void {
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    this.user.set(null);
    void this.router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
  }
}
