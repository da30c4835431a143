import { computed, inject, Signal } from '@angular/core';
import { hasPermission, Permission } from '@accord/shared';
import { AuthService } from './auth.service';

/** Whether the signed-in user holds `permission`: hides what they may not do (the API still decides). */
export function injectPermission(permission: Permission): Signal<boolean> {
  const auth = inject(AuthService);
  return computed(() => hasPermission(auth.currentUser()?.role, permission));
}
