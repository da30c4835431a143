import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { PAM_LEVELS } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe, rateParts } from '../core/i18n/localized-number.pipe';
import { LanguageMenu } from '../core/layout/language-menu';
import { ProgressChart } from '../dashboard/progress-chart';
import { PamLevelBadge } from '../ui/badges';
import { PublicAgreementApi } from './public-agreement-api';

/**
 * The read-only page of an agreement for readers without an account: its figures as the dashboard
 * shows them, computed by the API from approved, non-confidential data only. It lives outside the
 * signed-in shell, so it carries its own header; it links nowhere that needs an account.
 */
@Component({
  selector: 'acc-public-agreement-page',
  imports: [
    MatCardModule,
    MatProgressBarModule,
    MatToolbarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    LanguageMenu,
    PamLevelBadge,
    ProgressChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-agreement-page.html',
  styleUrl: './public-agreement-page.scss',
})
export class PublicAgreementPage {
  private readonly api = inject(PublicAgreementApi);
  private readonly language = inject(LanguageService);

  /** Route parameter. */
  readonly slug = input.required<string>();

  protected readonly page = rxResource({
    params: () => this.slug(),
    stream: ({ params: slug }) => this.api.get(slug),
  });
  private readonly publicPage = computed(() => (this.page.hasValue() ? this.page.value() : undefined));
  protected readonly agreement = computed(() => this.publicPage()?.agreement);
  protected readonly dashboard = computed(() => this.publicPage()?.dashboard);
  /** No such agreement, or its public page is off: the API does not tell which, nor does the page. */
  protected readonly notFound = computed(() => isNotFound(this.page.error()));

  /** The rate and its percent sign, apart, as the active language writes them. */
  protected readonly rate = computed(() => {
    const rate = this.dashboard()?.implementationRate;
    return rate === null || rate === undefined ? null : rateParts(rate, this.language.active());
  });

  /** Every level is listed, with 0 where the API has no row for it. */
  protected readonly levelCounts = computed(() => {
    const counts = this.dashboard()?.byLevel ?? [];
    return PAM_LEVELS.map((level) => ({ level, count: counts.find((row) => row.level === level)?.count ?? 0 }));
  });
}
