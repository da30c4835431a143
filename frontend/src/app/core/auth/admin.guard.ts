import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/**
 * The administrators' area: others land on "not found" (the API refuses them anyway). Runs after
 * `authGuard`, which loaded the profile.
 */
export const adminGuard: CanActivateFn = () =>
  inject(AuthService).currentUser()?.isAdmin ? true : inject(Router).parseUrl('/not-found');
