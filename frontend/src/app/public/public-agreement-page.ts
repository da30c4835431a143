import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LanguageMenu } from '../core/layout/language-menu';
import { DashboardFigures } from '../dashboard/dashboard-figures';
import { PublicAgreementApi } from './public-agreement-api';

/**
 * The read-only page of an agreement for readers without an account: its figures as the dashboard
 * shows them, computed by the API from approved, non-confidential data only. It lives outside the
 * signed-in shell, so it carries its own header; it links nowhere that needs an account.
 */
@Component({
  selector: 'acc-public-agreement-page',
  imports: [
    MatProgressBarModule,
    MatToolbarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LanguageMenu,
    DashboardFigures,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-agreement-page.html',
  styleUrl: './public-agreement-page.scss',
})
export class PublicAgreementPage {
  private readonly api = inject(PublicAgreementApi);

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
}
