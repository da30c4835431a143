import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgreementRole } from '@accord/shared';
import { AuthService } from '../app/core/auth/auth.service';
import { CurrentAgreement } from '../app/core/layout/current-agreement';

/** Signs in "Me" (id `me`) with `role` on agreement a1, the agreement being worked in (an administrator with `isAdmin`). */
export function signInOnA1(backend: HttpTestingController, role: AgreementRole, isAdmin = false): void {
  TestBed.inject(CurrentAgreement).set('a1');
  TestBed.inject(AuthService).loadCurrentUser().subscribe();
  backend.expectOne('/api/auth/me').flush({
    id: 'me',
    email: 'me@example.org',
    displayName: 'Me',
    isAdmin,
    memberships: [{ agreementId: 'a1', role, confidentialAccess: false, trusted: false }],
  });
}
