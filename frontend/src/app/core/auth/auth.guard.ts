import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './return-url';

/** Lets signed-in users through, loading their profile once; sends everyone else to the login page. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const returnUrl = safeReturnUrl(state.url);
  const toLogin = inject(Router).createUrlTree(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
  if (!auth.token()) return toLogin;
  if (auth.currentUser()) return true;
  return auth.loadCurrentUser().pipe(
    map(() => true),
    catchError(() => of(toLogin)),
  );
};
