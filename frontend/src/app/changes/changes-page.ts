import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipSelectionChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { isIsoDate, MEETING_TITLE_MAX_LENGTH } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { ApiRequestError, toApiRequestError } from '../core/errors/api-request-error';
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
import { MeetingsApi } from './meetings-api';
import { SignedNumberPipe } from './signed-number.pipe';

type DateField = 'since' | 'until';

/** What the last action on the user's meeting marks did, for the live region. */
interface MeetingNotice {
  key: 'changes.meetings.marked' | 'changes.meetings.unmarked';
  date: string;
}

/**
 * What changed in an agreement between two days, for a monitoring committee preparing its meeting: the
 * PAM rate on each day, the commitments whose level or status moved, what fell overdue, the indicators
 * that moved, and how many updates were approved meanwhile. Both days are kept in the URL, so the
 * comparison can be shared as a link. Each user marks the days of their monitoring meetings: without a
 * start day in the URL, the page compares with their last meeting before the end day.
 */
@Component({
  selector: 'acc-changes-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
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
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly errorMessages = inject(ErrorMessages);
  private readonly language = inject(LanguageService);

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means the user's last meeting before `until`, else `DEFAULT_WINDOW_DAYS` before it. */
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

  /** The user's meeting marks on the agreement, newest first; kept up to date by marking and unmarking. */
  protected readonly meetingsResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.meetingsApi.list(params),
  });
  /** Empty while they load, and when they cannot be loaded (the page then works without them). */
  protected readonly meetings = computed(() => (this.meetingsResource.hasValue() ? this.meetingsResource.value() : []));
  protected readonly untilIsMarked = computed(() => this.meetings().some(({ heldOn }) => heldOn === this.shownUntil()));
  protected readonly meetingTitle = signal('');
  protected readonly meetingTitleMaxLength = MEETING_TITLE_MAX_LENGTH;
  protected readonly meetingBusy = signal(false);
  protected readonly meetingError = signal<ApiRequestError | null>(null);
  protected readonly meetingNotice = signal<MeetingNotice | null>(null);

  /**
   * The start day: the one in the URL, else the default, which needs the agreement's time zone and
   * signature and the user's meetings (undefined while they load; the user's own calendar if the
   * agreement cannot be loaded, the 90-day window if the meetings cannot).
   */
  protected readonly shownSince = computed(() => {
    const since = this.validSince();
    if (since) return since;
    if (this.agreement.resource.isLoading() || this.meetingsResource.isLoading()) return undefined;
    return this.defaultSince();
  });
  private readonly defaultSince = computed(() => defaultSince(this.shownUntil(), this.earliest(), this.meetings()));

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
  protected readonly sinceError = computed(() => this.fieldError(this.changesResource.error(), 'since'));
  protected readonly untilError = computed(() => this.fieldError(this.changesResource.error(), 'until'));
  /** Why the last action on a mark failed: the API's reason for the day or the title, else its error. */
  protected readonly meetingErrorMessage = computed(() => {
    const error = this.meetingError();
    if (!error) return null;
    return this.fieldError(error, 'heldOn') ?? this.fieldError(error, 'title') ?? this.errorMessages.forError(error);
  });

  /** The arrow from "before" to "after", pointing the way the language reads. */
  protected readonly arrow = computed(() => (this.language.direction() === 'rtl' ? '←' : '→'));

  protected changeDay(field: DateField, input: HTMLInputElement): void {
    // A date still being typed (or not a date) reads as empty with `badInput`: wait for a whole one.
    if (input.validity.badInput) return;
    this.chooseDay(field, input.value);
  }

  /** Compares since the meeting whose chip the user selected; the chip of the day compared from stays selected. */
  protected chooseMeeting(change: MatChipSelectionChange, heldOn: string): void {
    if (!change.isUserInput) return;
    if (change.selected) this.chooseDay('since', heldOn);
    else change.source.select();
  }

  /** Marks a meeting on the end day (today unless chosen), with the title typed, if any. */
  protected markMeeting(): void {
    const heldOn = this.shownUntil();
    const title = this.meetingTitle().trim();
    this.runMeetingAction(this.meetingsApi.mark(this.agreementId(), { heldOn, ...(title && { title }) }), (mark) => {
      this.meetingsResource.set([...this.meetings(), mark].sort((a, b) => b.heldOn.localeCompare(a.heldOn)));
      this.meetingTitle.set('');
      this.meetingNotice.set({ key: 'changes.meetings.marked', date: heldOn });
    });
  }

  protected unmarkMeeting(heldOn: string): void {
    this.runMeetingAction(this.meetingsApi.unmark(this.agreementId(), heldOn), () => {
      this.meetingsResource.set(this.meetings().filter((mark) => mark.heldOn !== heldOn));
      this.meetingNotice.set({ key: 'changes.meetings.unmarked', date: heldOn });
    });
  }

  private runMeetingAction<T>(action: Observable<T>, done: (result: T) => void): void {
    if (this.meetingBusy()) return;
    this.meetingBusy.set(true);
    this.meetingError.set(null);
    this.meetingNotice.set(null);
    action.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (result) => {
        this.meetingBusy.set(false);
        done(result);
      },
      error: (failure: unknown) => {
        this.meetingBusy.set(false);
        this.meetingError.set(toApiRequestError(failure));
      },
    });
  }

  private chooseDay(field: DateField, day: string): void {
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

  private fieldError(error: unknown, field: string): string | null {
    if (!error) return null;
    const { fieldErrors, message } = toApiRequestError(error);
    const code = fieldErrors[field];
    return code ? this.errorMessages.forField(code, message) : null;
  }
}

function validDay(value: string | undefined): string | undefined {
  return isIsoDate(value) ? value : undefined;
}
