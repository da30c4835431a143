import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { isIsoDate } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessages } from '../core/errors/error-messages';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { OverdueTable } from '../dashboard/overdue-table';
import { PamLevelBadge, StatusBadge } from '../ui/badges';
import { ChangesApi } from './changes-api';
import { defaultSince } from './changes-dates';
import { SignedNumberPipe } from './signed-number.pipe';

type DateField = 'since' | 'until';

/**
 * What changed in an agreement between two days, for a monitoring committee preparing its meeting: the
 * PAM rate on each day, the commitments whose level or status moved, what fell overdue, the indicators
 * that moved, and how many updates were approved meanwhile. Both days are kept in the URL, so the
 * comparison can be shared as a link.
 */
@Component({
  selector: 'acc-changes-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
    SignedNumberPipe,
    MessagePage,
    PamLevelBadge,
    OverdueTable,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './changes-page.html',
  styleUrl: './changes-page.scss',
})
export class ChangesPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly changesApi = inject(ChangesApi);
  private readonly errorMessages = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means `DEFAULT_WINDOW_DAYS` before `until`. */
  readonly since = input<string>();
  /** Query parameter; absent means today, so a bookmark without it always compares with the current state. */
  readonly until = input<string>();

  /** The days asked for in the URL, when they are days (an edited link may hold anything). */
  protected readonly validSince = computed(() => validDay(this.since()));
  private readonly validUntil = computed(() => validDay(this.until()));

  private readonly agreement = agreementWithCalendar(() => this.agreementId());
  protected readonly agreementTitle = computed(() => this.agreement.value()?.title ?? '');
  protected readonly today = this.agreement.today;
  protected readonly earliest = this.agreement.earliest;

  protected readonly shownUntil = computed(() => this.validUntil() ?? this.today());
  /**
   * The start day: the one in the URL, else the default, which needs the agreement's time zone and
   * signature (undefined while it loads; the user's own calendar if it cannot be loaded).
   */
  protected readonly shownSince = computed(() => {
    const since = this.validSince();
    if (since) return since;
    if (this.agreement.resource.isLoading()) return undefined;
    return this.defaultSince();
  });
  private readonly defaultSince = computed(() => defaultSince(this.shownUntil(), this.earliest()));

  protected readonly changesResource = rxResource({
    // Without `until` the server compares with today in the agreement's own time zone, and says which day.
    params: () => {
      const since = this.shownSince();
      return since ? { agreementId: this.agreementId(), since, until: this.validUntil() } : undefined;
    },
    stream: ({ params }) => this.changesApi.get(params.agreementId, params.since, params.until),
  });
  protected readonly changes = latestValue(this.changesResource);
  protected readonly notFound = computed(
    () => isNotFound(this.changesResource.error()) || isNotFound(this.agreement.resource.error()),
  );

  /** The API's objection to either day (in the future, start after the end), shown under its input. */
  protected readonly sinceError = computed(() => this.fieldError('since'));
  protected readonly untilError = computed(() => this.fieldError('until'));

  /** The arrow from "before" to "after", pointing the way the language reads. */
  protected readonly arrow = computed(() => (this.language.direction() === 'rtl' ? '←' : '→'));

  protected changeDay(field: DateField, input: HTMLInputElement): void {
    // A date still being typed (or not a date) reads as empty with `badInput`: wait for a whole one.
    if (input.validity.badInput) return;
    const day = input.value;
    if (day && !this.isChoosable(field, day)) return;
    // The defaults stay out of the URL, which then follows the days instead of staying on these ones.
    const isDefault = !day || (field === 'until' ? day === this.today() : day === this.defaultSince());
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [field]: isDefault ? null : day },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Days from the signature to today, the start not after the end. */
  private isChoosable(field: DateField, day: string): boolean {
    const earliest = this.earliest();
    if (!isIsoDate(day) || day > this.today() || (earliest && day < earliest)) return false;
    if (field === 'since') return day <= this.shownUntil();
    // Without a chosen start, the start follows the end (the default window before it).
    const since = this.validSince();
    return !since || day >= since;
  }

  private fieldError(field: DateField): string | null {
    const error = this.changesResource.error();
    if (!error) return null;
    const { fieldErrors, message } = toApiRequestError(error);
    const code = fieldErrors[field];
    return code ? this.errorMessages.forField(code, message) : null;
  }
}

function validDay(value: string | undefined): string | undefined {
  return isIsoDate(value) ? value : undefined;
}
