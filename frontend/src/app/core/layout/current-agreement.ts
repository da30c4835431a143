import { Injectable, signal } from '@angular/core';

/**
 * The agreement the user works in, for the toolbar: the one in the URL, or for pages without one in
 * their URL (a commitment), the one the page shows. It stays when a page names none (not found).
 */
@Injectable({ providedIn: 'root' })
export class CurrentAgreement {
  private readonly agreementId = signal<string | undefined>(undefined);

  readonly id = this.agreementId.asReadonly();

  set(agreementId: string | undefined): void {
    if (agreementId) this.agreementId.set(agreementId);
  }
}
