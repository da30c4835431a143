import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  AssessmentLevelDto,
  CreateStatusUpdateRequest,
  ErrorCode,
  MilestoneDto,
  OPERATIONAL_STATUSES,
  OperationalStatus,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { safeReturnUrl } from '../../core/auth/return-url';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessages } from '../../core/errors/error-messages';
import { ErrorMessagePipe, FieldErrorPipe } from '../../core/errors/error-pipes';
import { applyServerFieldErrors } from '../../core/errors/field-errors';
import { CommitmentsApi } from '../commitments-api';
import { levelOrStatusRequired, notAfter, notBefore, notBlank, webUrl } from './status-update-validators';

// The API's limits (CreateStatusUpdateDto).
const NARRATIVE_MAX_LENGTH = 4000;
const LINK_URL_MAX_LENGTH = 2000;
const LINK_TITLE_MAX_LENGTH = 300;
const MAX_SOURCE_LINKS = 20;

type SourceLinkForm = FormGroup<{ url: FormControl<string>; title: FormControl<string> }>;

/**
 * Records a status update on one milestone. The request carries the milestone's version: when a
 * colleague got there first the API answers 412, the form says so and keeps what the user typed,
 * and `conflict` asks the page to show the colleague's change. When the session has ended the form
 * keeps the text too, and offers to sign in again in another tab.
 */
@Component({
  selector: 'acc-status-update-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
export class StatusUpdateForm implements OnInit {
  private readonly api = inject(CommitmentsApi);
  private readonly errorMessages = inject(ErrorMessages);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly router = inject(Router);

  readonly milestone = input.required<MilestoneDto>();
  readonly levels = input.required<AssessmentLevelDto[]>();
  /** No update takes effect before the agreement was signed. */
  readonly earliestDate = input<string>();
  /** The agreement's today: no update takes effect later. */
  readonly today = input.required<string>();

  /** The update was recorded: the milestone as the API now has it. */
  readonly recorded = output<MilestoneDto>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  protected readonly statuses = OPERATIONAL_STATUSES;
  protected readonly narrativeMaxLength = NARRATIVE_MAX_LENGTH;
  protected readonly maxSourceLinks = MAX_SOURCE_LINKS;

  protected readonly form = this.formBuilder.group(
    {
      level: [''],
      operationalStatus: this.formBuilder.control<OperationalStatus | ''>(''),
      effectiveDate: ['', [Validators.required, notAfter(() => this.today()), notBefore(() => this.earliestDate())]],
      narrative: ['', [notBlank, Validators.maxLength(NARRATIVE_MAX_LENGTH)]],
      sourceLinks: this.formBuilder.array<SourceLinkForm>([], Validators.maxLength(MAX_SOURCE_LINKS)),
    },
    { validators: levelOrStatusRequired },
  );

  protected readonly saving = signal(false);
  /** Form-wide rules (level or status) speak only once the user tried to submit. */
  protected readonly submitAttempted = signal(false);
  protected readonly error = signal<ApiRequestError | null>(null);
  protected readonly sessionEnded = computed(() => this.error()?.code === ErrorCode.Unauthorized);
  /** The login page, to open in another tab; it comes back to this page once signed in. */
  protected readonly signInQueryParams = computed(() => {
    const returnUrl = this.sessionEnded() ? safeReturnUrl(this.router.url) : undefined;
    return returnUrl ? { returnUrl } : {};
  });
  private readonly unplacedFieldErrors = signal<Record<string, string>>({});
  /** Field errors of the API that no control of the form shows. */
  protected readonly unplacedMessages = computed(() =>
    Object.values(this.unplacedFieldErrors()).map((code) =>
      this.errorMessages.forField(code, this.error()?.message ?? ''),
    ),
  );

  constructor() {
    // The bounds arrive with the agreement, possibly after the date was set: check it against them again.
    effect(() => {
      this.earliestDate();
      this.today();
      untracked(() => this.form.controls.effectiveDate.updateValueAndValidity());
    });
  }

  ngOnInit(): void {
    this.form.controls.effectiveDate.setValue(this.today());
  }

  protected addSourceLink(): void {
    if (this.form.controls.sourceLinks.length >= MAX_SOURCE_LINKS) return;
    this.form.controls.sourceLinks.push(
      this.formBuilder.group({
        url: ['', [Validators.required, Validators.maxLength(LINK_URL_MAX_LENGTH), webUrl]],
        title: ['', Validators.maxLength(LINK_TITLE_MAX_LENGTH)],
      }),
    );
  }

  protected removeSourceLink(index: number): void {
    this.form.controls.sourceLinks.removeAt(index);
  }

  protected submit(): void {
    if (this.saving()) return;
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
        next: (milestone) => {
          this.saving.set(false);
          this.recorded.emit(milestone);
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
