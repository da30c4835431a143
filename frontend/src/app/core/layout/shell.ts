import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatToolbarModule } from '@angular/material/toolbar';
import {
  ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { membershipOf, Permission } from '@accord/shared';
import { filter, map, startWith } from 'rxjs';
import { AgreementsApi } from '../api/agreements-api';
import { AuthService } from '../auth/auth.service';
import { injectPermission } from '../auth/permission';
import { CurrentAgreement } from './current-agreement';
import { LanguageService } from '../i18n/language.service';
import { LanguageMenu } from './language-menu';

/** The pages of an agreement every member reads, in the toolbar's order (`nav.<segment>` labels them). */
const AGREEMENT_SECTIONS = [
  'dashboard',
  'commitments',
  'ddr',
  'indicators',
  'map',
  'timeline',
  'changes',
  'trend',
] as const;

/** The deepest value of a route parameter in the active route tree. */
function routeParam(route: ActivatedRouteSnapshot | null, name: string): string | undefined {
  let value: string | undefined;
  for (let current = route; current; current = current.firstChild) {
    value = current.paramMap.get(name) ?? value;
  }
  return value;
}

/** The frame of every signed-in page: toolbar with agreement, sections, language and user. */
@Component({
  selector: 'acc-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    MatMenuModule,
    TranslocoPipe,
    LanguageMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly currentAgreementId = inject(CurrentAgreement);

  protected readonly user = this.auth.currentUser;
  private readonly agreementsResource = rxResource({ stream: () => this.agreementsApi.list() });
  protected readonly agreements = computed(() =>
    this.agreementsResource.hasValue() ? this.agreementsResource.value() : [],
  );

  protected readonly currentAgreement = computed(() => {
    const agreements = this.agreements();
    return agreements.find(({ id }) => id === this.currentAgreementId.id()) ?? agreements[0];
  });

  private readonly canReview = injectPermission(Permission.ReviewStatusUpdate);
  private readonly canRecord = injectPermission(Permission.CreateStatusUpdate);

  /** The pages of the agreement in view: reviewers get the review queue, monitors their own updates. */
  protected readonly sections = computed(() => [
    ...AGREEMENT_SECTIONS.map((segment) => ({ segment, labelKey: `nav.${segment}` })),
    ...(this.canReview() || this.canRecord()
      ? [{ segment: 'reviews', labelKey: this.canReview() ? 'nav.reviews' : 'nav.myUpdates' }]
      : []),
  ]);

  /** Administrator, or the role held on the agreement in view. */
  protected readonly roleKey = computed(() => {
    const user = this.user();
    if (!user) return undefined;
    if (user.isAdmin) return 'admin';
    const agreementId = this.currentAgreement()?.id;
    return agreementId ? membershipOf(user, agreementId)?.role : undefined;
  });

  constructor() {
    // The language remembered on the account wins over this device's, once the user is known.
    const language = inject(LanguageService);
    effect(() => language.useAccountLanguage(this.user()?.language ?? null));
    // Pages without an agreement in their URL (a commitment) name theirs, or keep the last one.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        startWith(null),
        map(() => routeParam(this.router.routerState.snapshot.root, 'agreementId')),
        takeUntilDestroyed(),
      )
      .subscribe((agreementId) => this.currentAgreementId.set(agreementId));
  }

  protected logout(): void {
    this.auth.logout();
  }
}
