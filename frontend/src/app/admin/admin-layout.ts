import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AdminApi } from './admin-api';

/** The administrators' area: its sections above the page in view. */
@Component({
  selector: 'acc-admin-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButtonModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="admin-nav" [attr.aria-label]="'admin.nav.label' | transloco">
      <a mat-button routerLink="users" routerLinkActive="active" ariaCurrentWhenActive="page">{{
        'admin.nav.users' | transloco
      }}</a>
      <a mat-button routerLink="audit" routerLinkActive="active" ariaCurrentWhenActive="page">{{
        'admin.nav.audit' | transloco
      }}</a>
      <a mat-button routerLink="pax-import" routerLinkActive="active" ariaCurrentWhenActive="page">{{
        'admin.nav.paxImport' | transloco
      }}</a>
      @if (agreements().length) {
        <button mat-button type="button" [matMenuTriggerFor]="settingsMenu" data-testid="admin-nav-settings">
          {{ 'admin.nav.settings' | transloco }}
        </button>
        <mat-menu #settingsMenu="matMenu">
          @for (agreement of agreements(); track agreement.id) {
            <a mat-menu-item [routerLink]="['agreements', agreement.id, 'settings']">{{ agreement.title }}</a>
          }
        </mat-menu>
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }

    .admin-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);

      .active {
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
    }
  `,
})
export class AdminLayout {
  private readonly api = inject(AdminApi);
  private readonly agreementsResource = rxResource({ stream: () => this.api.agreements() });
  protected readonly agreements = computed(() =>
    this.agreementsResource.hasValue() ? this.agreementsResource.value() : [],
  );
}
