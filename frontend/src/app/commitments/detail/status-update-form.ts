import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AssessmentLevelDto,
  CreateStatusUpdateRequest,
  ErrorCode,
  MilestoneDto,
  OPERATIONAL_STATUSES,
  OperationalStatus,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { todayIso } from '../../core/dates';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessages } from '../../core/errors/error-messages';
import { ErrorMessagePipe, FieldErrorPipe } from '../../core/errors/error-pipes';
import { applyServerFieldErrors } from '../../core/errors/field-errors';
import { CommitmentsApi } from '../commitments-api';
import { levelOrStatusRequired, notAfter, notBefore, webUrl } from './status-update-validators';

const NARRATIVE_MAX_LENGTH = 4000;
const LINK_TITLE_MAX_LENGTH = 300;

type SourceLinkForm = FormGroup<{ url: FormControl<string>; title: FormControl<string> }>;

/**
 * Records a status update on one milestone. The request carries the milestone's version: when a
 * colleague got there first the API answers 412, the form says so and keeps what the user typed,
 * and `conflict` asks the page to show the colleague's change.
 */
@Component({
  selector: 'acc-status-update-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    ErrorMessagePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-update-form.html',
  styleUrl: './status-update-form.scss',
})
export class StatusUpdateForm {
  private readonly api = inject(CommitmentsApi);
  private readonly errorMessages = inject(ErrorMessages);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  readonly milestone = input.required<MilestoneDto>();
  readonly levels = input.required<AssessmentLevelDto[]>();
  /** No update takes effect before the agreement was signed. */
  readonly earliestDate = input<string>();

  readonly recorded = output<void>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  protected readonly statuses = OPERATIONAL_STATUSES;
  protected readonly narrativeMaxLength = NARRATIVE_MAX_LENGTH;
  protected readonly today = todayIso();

  protected readonly form = this.formBuilder.group(
    {
      level: [''],
      operationalStatus: this.formBuilder.control<OperationalStatus | ''>(''),
      effectiveDate: [this.today, [Validators.required, notAfter(this.today), notBefore(() => this.earliestDate())]],
      narrative: ['', [Validators.required, Validators.maxLength(NARRATIVE_MAX_LENGTH)]],
      sourceLinks: this.formBuilder.array<SourceLinkForm>([]),
    },
    { validators: levelOrStatusRequired },
  );

  protected readonly saving = signal(false);
  /** Form-wide rules (level or status) speak only once the user tried to submit. */
  protected readonly submitAttempted = signal(false);
  protected readonly error = signal<ApiRequestError | null>(null);
  private readonly unplacedFieldErrors = signal<Record<string, string>>({});
  /** Field errors of the API that no control of the form shows. */
  protected readonly unplacedMessages = computed(() =>
    Object.values(this.unplacedFieldErrors()).map((code) =>
      this.errorMessages.forField(code, this.error()?.message ?? ''),
    ),
  );

  protected addSourceLink(): void {
    this.form.controls.sourceLinks.push(
      this.formBuilder.group({
        url: ['', [Validators.required, webUrl]],
        title: ['', Validators.maxLength(LINK_TITLE_MAX_LENGTH)],
      }),
    );
  }

  protected removeSourceLink(index: number): void {
    this.form.controls.sourceLinks.removeAt(index);
  }

  protected submit(): void {
    this.submitAttempted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.unplacedFieldErrors.set({});
    this.api
      .recordStatusUpdate(this.milestone(), this.request())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.saving.set(false);
          this.recorded.emit();
        },
        error: (failure: unknown) => {
          const error = toApiRequestError(failure);
          this.saving.set(false);
          this.error.set(error);
          this.unplacedFieldErrors.set(applyServerFieldErrors(this.form, error.fieldErrors, error.message));
          if (error.code === ErrorCode.PreconditionFailed) this.conflict.emit();
        },
      });
  }

  private request(): CreateStatusUpdateRequest {
    const { level, operationalStatus, effectiveDate, narrative, sourceLinks } = this.form.getRawValue();
    return {
      effectiveDate,
      narrative: narrative.trim(),
      ...(level !== '' && { level: Number(level) }),
      ...(operationalStatus !== '' && { operationalStatus }),
      ...(sourceLinks.length > 0 && {
        sourceLinks: sourceLinks.map(({ url, title }) =>
          title.trim() ? { url: url.trim(), title: title.trim() } : { url: url.trim() },
        ),
      }),
    };
  }
}
