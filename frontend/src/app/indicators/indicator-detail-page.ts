import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { IndicatorDetailDto, IndicatorValueDto, Permission, ReviewState } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { AuthService } from '../core/auth/auth.service';
import { injectConfidentialClearance, injectPermission } from '../core/auth/permission';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { lastLoadedValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { FigurePipe } from './figure.pipe';
import { IndicatorValueEntry } from './indicator-value-entry';
import { IndicatorValueForm } from './indicator-value-form';
import { IndicatorsApi } from './indicators-api';

/**
 * An indicator: what it measures against which target, its latest approved value, the history of its
 * values (approved ones, and the pending and returned ones the user may see, with the reason), and for
 * monitors the form to record a value or to correct one a reviewer returned to them.
 */
@Component({
  selector: 'acc-indicator-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedRatePipe,
    MessagePage,
    FigurePipe,
    IndicatorValueEntry,
    IndicatorValueForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-detail-page.html',
  styleUrl: './indicator-detail-page.scss',
})
export class IndicatorDetailPage {
  private readonly api = inject(IndicatorsApi);
  private readonly auth = inject(AuthService);

  readonly agreementId = input.required<string>();
  readonly indicatorId = input.required<string>();

  protected readonly canRecord = injectPermission(Permission.CreateStatusUpdate);
  protected readonly canMarkConfidential = injectConfidentialClearance();
  protected readonly reviewStates = ReviewState;

  protected readonly indicatorResource = rxResource({
    params: () => this.indicatorId(),
    stream: ({ params }) => this.api.get(params),
  });
  // A reload, failed or not, keeps the indicator on screen, so an open form (and what was typed in it)
  // survives it; a failed one shows its error above.
  protected readonly indicator = lastLoadedValue(this.indicatorResource, this.indicatorId);
  /** An id of another agreement in this agreement's address names nothing here. */
  protected readonly notFound = computed(() => {
    const indicator = this.indicator();
    return indicator ? indicator.agreementId !== this.agreementId() : isNotFound(this.indicatorResource.error());
  });

  /** The agreement gives the parties a figure may be given for, its signature date and its calendar. */
  protected readonly agreement = agreementWithCalendar(this.agreementId);
  protected readonly parties = computed(() => this.agreement.value()?.parties.map((party) => party.acronym) ?? []);

  protected readonly formOpen = signal(false);
  /** The returned value the open form corrects, if any. */
  protected readonly correcting = signal<IndicatorValueDto | null>(null);
  /** What became of the value just sent: submitted for review, or counted at once. */
  protected readonly justRecorded = signal<ReviewState | null>(null);

  protected openForm(correcting: IndicatorValueDto | null = null): void {
    this.justRecorded.set(null);
    this.correcting.set(correcting);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.correcting.set(null);
  }

  protected canCorrect(value: IndicatorValueDto): boolean {
    return (
      this.canRecord() && value.reviewState === ReviewState.Returned && value.authorId === this.auth.currentUser()?.id
    );
  }

  protected reload(): void {
    this.indicatorResource.reload();
  }

  /** Shows the indicator the API answered, and what became of the new value. */
  protected onRecorded(indicator: IndicatorDetailDto): void {
    const known = new Set(this.indicator()?.history.map((value) => value.id));
    this.closeForm();
    this.justRecorded.set(
      indicator.history.find((value) => !known.has(value.id))?.reviewState ?? ReviewState.Submitted,
    );
    this.indicator.set(indicator);
  }
}
