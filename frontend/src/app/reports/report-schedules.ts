import { HttpStatusCode } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  CreateReportScheduleRequest,
  LAST_SCHEDULE_DAY,
  REPORT_CADENCES,
  REPORT_LANGUAGES,
  ReportCadence,
  ReportLanguage,
  ReportScheduleDto,
  ReportScheduleRunDto,
  UserDto,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { AdminApi } from '../admin/admin-api';
import { isConflict, newIdempotencyKey } from '../admin/admin-forms';
import { ApiRequestError, toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessagePipe, FieldErrorPipe } from '../core/errors/error-pipes';
import { formSubmission } from '../core/errors/form-submission';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { ReportSchedulesApi } from './report-schedules-api';

/** What the live region says was just done: a key of `reports.schedules`, with a report's day and a count. */
interface Notice {
  key: string;
  date?: string;
  count?: number;
}

/** At least one recipient, under the API's code. */
const someRecipient = (control: AbstractControl<string[]>): ValidationErrors | null =>
  control.value.length > 0 ? null : { arrayMinSize: true };

/**
 * The agreement's report schedules, for administrators: each with its recipients, its next and last
 * report; created and edited in one form (recipients among the agreement's members and administrators),
 * paused or resumed, sent now, deleted. Changes carry the version read: when another administrator was
 * first (412), the list is read again and the form keeps what was chosen.
 */
@Component({
  selector: 'acc-report-schedules',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    FieldErrorPipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-schedules.html',
  styleUrls: ['./report-tables.scss', './report-schedules.scss'],
})
export class ReportSchedules {
  private readonly api = inject(ReportSchedulesApi);
  private readonly adminApi = inject(AdminApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly agreementId = input.required<string>();
  /** The language new schedules start with. */
  readonly defaultLanguage = input<ReportLanguage>('en');

  protected readonly cadences = REPORT_CADENCES;
  protected readonly languages = REPORT_LANGUAGES;
  protected readonly lastDay = LAST_SCHEDULE_DAY;

  protected readonly schedulesResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly schedules = computed(() =>
    this.schedulesResource.hasValue() ? this.schedulesResource.value() : [],
  );
  private readonly usersResource = rxResource({ stream: () => this.adminApi.users() });
  protected readonly usersFailed = computed(() => !!this.usersResource.error());
  /** Who may receive the agreement's reports: its members and the administrators, active, by name. */
  protected readonly candidates = computed(() =>
    (this.usersResource.hasValue() ? this.usersResource.value() : [])
      .filter((user) => !user.disabled && (user.isAdmin || this.isMember(user)))
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
  );

  /** The form: closed, open for a new schedule, or for the schedule of this id (as last read). */
  protected readonly editing = signal<{ id: string | null } | null>(null);
  protected readonly edited = computed(() => {
    const id = this.editing()?.id;
    return id ? this.schedules().find((schedule) => schedule.id === id) : undefined;
  });
  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly form = this.formBuilder.group({
    cadence: this.formBuilder.control<ReportCadence>('monthly'),
    dayOfMonth: [1, [Validators.required, Validators.min(1), Validators.max(LAST_SCHEDULE_DAY)]],
    language: this.formBuilder.control<ReportLanguage>('en'),
    recipientIds: this.formBuilder.control<string[]>([], someRecipient),
  });
  protected readonly submission = formSubmission(this.form);
  protected readonly conflict = computed(() => isConflict(this.submission.error()) || isConflict(this.actionError()));

  protected readonly notice = signal<Notice | null>(null);
  /** Why the last pause, resume, send or delete failed. */
  protected readonly actionError = signal<ApiRequestError | null>(null);
  protected readonly busy = signal(false);
  private createKey = newIdempotencyKey();

  protected openCreate(): void {
    this.form.reset({ cadence: 'monthly', dayOfMonth: 1, language: this.defaultLanguage(), recipientIds: [] });
    this.editing.set({ id: null });
    this.notice.set(null);
  }

  protected openEdit(schedule: ReportScheduleDto): void {
    const { cadence, dayOfMonth, language, recipients } = schedule;
    this.form.reset({ cadence, dayOfMonth, language, recipientIds: recipients.map(({ userId }) => userId) });
    this.editing.set({ id: schedule.id });
    this.notice.set(null);
  }

  protected close(): void {
    this.editing.set(null);
  }

  protected chosen(userId: string): boolean {
    return this.form.controls.recipientIds.value.includes(userId);
  }

  protected choose(userId: string, checked: boolean): void {
    const control = this.form.controls.recipientIds;
    const others = control.value.filter((id) => id !== userId);
    control.setValue(checked ? [...others, userId] : others);
    control.markAsTouched();
  }

  protected save(): void {
    const editing = this.editing();
    if (!editing || this.submission.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request: CreateReportScheduleRequest = this.form.getRawValue();
    const schedule = this.edited();
    const saved$ = schedule
      ? this.api.update(schedule, request)
      : this.api.create(this.agreementId(), request, this.createKey);
    this.submission.start();
    saved$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.submission.succeed();
        if (!schedule) this.createKey = newIdempotencyKey();
        this.editing.set(null);
        this.notice.set({ key: schedule ? 'saved' : 'created' });
        this.schedulesResource.reload();
      },
      error: (failure: unknown) => {
        // Another administrator was first: read the schedules again; the form keeps what was chosen.
        if (isConflict(this.submission.fail(failure))) this.schedulesResource.reload();
      },
    });
  }

  /** What can be done to a listed schedule besides editing it: a label of `reports.schedules`, an id for tests. */
  protected actionsOf(schedule: ReportScheduleDto): { id: string; label: string; act: () => void }[] {
    return [
      { id: 'pause', label: schedule.paused ? 'resume' : 'pause', act: () => this.togglePaused(schedule) },
      // A paused schedule does not run, not even on request.
      ...(schedule.paused ? [] : [{ id: 'run', label: 'runNow', act: () => this.runNow(schedule) }]),
      { id: 'delete', label: 'delete', act: () => this.remove(schedule) },
    ];
  }

  private togglePaused(schedule: ReportScheduleDto): void {
    this.act(this.api.update(schedule, { paused: !schedule.paused }), () => ({ key: 'saved' }));
  }

  private runNow(schedule: ReportScheduleDto): void {
    this.act(this.api.run(schedule, newIdempotencyKey()), ({ status, body }) => {
      const run = body as ReportScheduleRunDto;
      if (status !== HttpStatusCode.Created) return { key: 'alreadyRan', date: run.asOf };
      const count = run.reports.reduce((sum, report) => sum + report.recipientIds.length, 0);
      return { key: 'ran', date: run.asOf, count };
    });
  }

  private remove(schedule: ReportScheduleDto): void {
    this.act(this.api.remove(schedule), () => ({ key: 'deleted' }));
    if (this.editing()?.id === schedule.id) this.editing.set(null);
  }

  /** Sends a change of a listed schedule, then says what it did and reads the list again. */
  private act<T>(request: Observable<T>, done: (answer: T) => Notice): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.notice.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (answer) => this.notice.set(done(answer)),
      error: (failure: unknown) => {
        this.busy.set(false);
        this.actionError.set(toApiRequestError(failure));
        this.schedulesResource.reload();
      },
      complete: () => {
        this.busy.set(false);
        this.schedulesResource.reload();
      },
    });
  }

  private isMember(user: UserDto): boolean {
    return user.memberships.some((membership) => membership.agreementId === this.agreementId());
  }
}
