import { computed, inject, Signal } from '@angular/core';
import { hasPermission, Permission, seesConfidential } from '@accord/shared';
import { CurrentAgreement } from '../layout/current-agreement';
import { AuthService } from './auth.service';

/**
 * Whether the signed-in user holds `permission` on the agreement being worked in (the permission map
 * in shared/, as the server applies it): hides what they may not do. The API still decides.
 */
export function injectPermission(permission: Permission): Signal<boolean> {
  const auth = inject(AuthService);
  const agreement = inject(CurrentAgreement);
  return computed(() => {
    const agreementId = agreement.id();
    return agreementId !== undefined && hasPermission(auth.currentUser(), permission, agreementId);
  });
}

/** Whether the signed-in user sees (and may mark) confidential items of the agreement being worked in. */
export function injectConfidentialClearance(): Signal<boolean> {
  const auth = inject(AuthService);
  const agreement = inject(CurrentAgreement);
  return computed(() => {
    const agreementId = agreement.id();
    return agreementId !== undefined && seesConfidential(auth.currentUser(), agreementId);
  });
}
