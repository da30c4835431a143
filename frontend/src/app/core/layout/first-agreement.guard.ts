import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { AgreementsApi } from '../api/agreements-api';

/** The home page is the first agreement's dashboard; without agreements the route shows its message. */
export const firstAgreementGuard: CanActivateFn = () => {
  const router = inject(Router);
  return inject(AgreementsApi)
    .list()
    .pipe(map(([first]) => (first ? router.createUrlTree(['/agreements', first.id, 'dashboard']) : true)));
};
