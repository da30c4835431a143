import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import {
  AssessmentLevelDto,
  CreateStatusUpdateRequest,
  ErrorCode,
  MilestoneDto,
  OPERATIONAL_STATUSES,
  OperationalStatus,
  SourceReliability,
  StatusUpdateDto,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, concatMap, from, map, Observable, of, switchMap, toArray } from 'rxjs';
import { safeReturnUrl } from '../../core/auth/return-url';
import { ErrorMessagePipe, FieldErrorPipe } from '../../core/errors/error-pipes';
import { formSubmission } from '../../core/errors/form-submission';
import { EvidenceApi, EvidenceUpload } from '../../evidence/evidence-api';
import { CommitmentsApi } from '../commitments-api';
import {
  levelOrStatusRequired,
  notAfter,
  notBefore,
  notBlank,
  recheckWhenBoundsChange,
  webUrl,
} from './status-update-validators';

// The API's limits (CreateStatusUpdateDto).
const NARRATIVE_MAX_LENGTH = 4000;
const LINK_URL_MAX_LENGTH = 2000;
const LINK_TITLE_MAX_LENGTH = 300;
const MAX_SOURCE_LINKS = 20;

type EvidenceLinkForm = FormGroup<{
  url: FormControl<string>;
  title: FormControl<string>;
  reliability: FormControl<SourceReliability>;
  evidenceDate: FormControl<string>;
  /** Chosen with the row: a resend after a lost answer stores the link once. */
  idempotencyKey: FormControl<string>;
}>;

/** A file or link to attach once the update exists; kept to be retried when it fails. */
interface Attachment {
  label: string;
  send(statusUpdateId: string): Observable<unknown>;
}

/**
 * Submits a status update on one milestone for review, with its evidence (files and links, each with
 * a title, a date and the reliability of its source, attached once the update exists), or resubmits a
 * returned one. The request carries the milestone's version: when a
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
    MatCheckboxModule,
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
  private readonly evidenceApi = inject(EvidenceApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly router = inject(Router);

  readonly milestone = input.required<MilestoneDto>();
  readonly levels = input.required<AssessmentLevelDto[]>();
  /** No update takes effect before the agreement was signed. */
  readonly earliestDate = input<string>();
  /** The agreement's today: no update takes effect later. */
  readonly today = input.required<string>();
  /** A returned update to resubmit: the form starts from it and the new update points to it. */
  readonly resubmission = input<StatusUpdateDto | null>(null);
  /** Members cleared for confidential items may mark the update confidential. */
  readonly canMarkConfidential = input(false);

  /** The update was recorded: the milestone as the API now has it. */
  readonly recorded = output<MilestoneDto>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  protected readonly statuses = OPERATIONAL_STATUSES;
  protected readonly narrativeMaxLength = NARRATIVE_MAX_LENGTH;
  protected readonly maxSourceLinks = MAX_SOURCE_LINKS;
  protected readonly reliabilities = Object.values(SourceReliability);
  protected readonly files = signal<EvidenceUpload[]>([]);
  /** Files and links that could not be attached after the update was stored: the user may try them again. */
  protected readonly failedAttachments = signal<Attachment[]>([]);
  /** The update stored by this form, once it is; a second submit only retries its attachments. */
  private storedUpdateId: string | null = null;
  /** One key per update being written: a resend after a lost answer stores it once. */
  private idempotencyKey = crypto.randomUUID();

  protected readonly form = this.formBuilder.group(
    {
      level: [''],
      operationalStatus: this.formBuilder.control<OperationalStatus | ''>(''),
      effectiveDate: ['', [Validators.required, notAfter(() => this.today()), notBefore(() => this.earliestDate())]],
      narrative: ['', [notBlank, Validators.maxLength(NARRATIVE_MAX_LENGTH)]],
      sourceLinks: this.formBuilder.array<EvidenceLinkForm>([], Validators.maxLength(MAX_SOURCE_LINKS)),
      confidential: [false],
    },
    { validators: levelOrStatusRequired },
  );

  private readonly submission = formSubmission(this.form);
  protected readonly saving = this.submission.saving;
  protected readonly error = this.submission.error;
  protected readonly unplacedMessages = this.submission.unplacedMessages;
  /** Form-wide rules (level or status) speak only once the user tried to submit. */
  protected readonly submitAttempted = signal(false);
  protected readonly sessionEnded = computed(() => this.error()?.code === ErrorCode.Unauthorized);
  /** The login page, to open in another tab; it comes back to this page once signed in. */
  protected readonly signInQueryParams = computed(() => {
    const returnUrl = this.sessionEnded() ? safeReturnUrl(this.router.url) : undefined;
    return returnUrl ? { returnUrl } : {};
  });
  constructor() {
    recheckWhenBoundsChange(this.form.controls.effectiveDate, () => [this.earliestDate(), this.today()]);
  }

  ngOnInit(): void {
    const returned = this.resubmission();
    if (!returned) {
      this.form.controls.effectiveDate.setValue(this.today());
      return;
    }
    this.form.patchValue({
      level: returned.level === null ? '' : String(returned.level),
      operationalStatus: returned.operationalStatus ?? '',
      effectiveDate: returned.effectiveDate,
      narrative: returned.narrative,
      confidential: returned.confidential,
    });
    // The links go with the resubmission again; files stay with the returned update, which the reviewer sees.
    for (const link of returned.sourceLinks) this.addSourceLink({ url: link.url, title: link.title ?? '' });
    for (const link of returned.evidence.filter((evidence) => evidence.url)) {
      this.addSourceLink({
        url: link.url ?? '',
        title: link.title,
        reliability: link.reliability,
        evidenceDate: link.evidenceDate ?? '',
      });
    }
  }

  protected chooseFiles(input: HTMLInputElement): void {
    const chosen = Array.from(input.files ?? []).map((file) => ({
      file,
      title: file.name.replace(/\.[^.]+$/, ''),
      reliability: SourceReliability.CannotBeJudged,
      evidenceDate: '',
      idempotencyKey: crypto.randomUUID(),
    }));
    this.files.update((files) => [...files, ...chosen]);
    input.value = '';
  }

  protected updateFile(
    index: number,
    changes: Partial<Pick<EvidenceUpload, 'title' | 'reliability' | 'evidenceDate'>>,
  ): void {
    this.files.update((files) => files.map((file, at) => (at === index ? { ...file, ...changes } : file)));
  }

  protected removeFile(index: number): void {
    this.files.update((files) => files.filter((_, at) => at !== index));
  }

  protected addSourceLink(
    values: { url?: string; title?: string; reliability?: SourceReliability; evidenceDate?: string } = {},
  ): void {
    if (this.form.controls.sourceLinks.length >= MAX_SOURCE_LINKS) return;
    this.form.controls.sourceLinks.push(
      this.formBuilder.group({
        url: [values.url ?? '', [Validators.required, Validators.maxLength(LINK_URL_MAX_LENGTH), webUrl]],
        title: [values.title ?? '', Validators.maxLength(LINK_TITLE_MAX_LENGTH)],
        reliability: this.formBuilder.control<SourceReliability>(
          values.reliability ?? SourceReliability.CannotBeJudged,
        ),
        evidenceDate: [values.evidenceDate ?? ''],
        idempotencyKey: [crypto.randomUUID() as string],
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
    this.submission.start();
    const previous = new Set(this.milestone().history.map((update) => update.id));
    // Once the update is stored, submitting again only retries what failed to attach.
    const attachments = this.storedUpdateId === null ? this.attachments() : this.failedAttachments();
    const stored$: Observable<string> = this.storedUpdateId
      ? of(this.storedUpdateId)
      : this.api.recordStatusUpdate(this.milestone(), this.request(), this.idempotencyKey).pipe(
          // The new update is the one the milestone's history did not have.
          map((milestone) => milestone.history.find((update) => !previous.has(update.id))?.id ?? ''),
        );
    stored$
      .pipe(
        switchMap((updateId) => {
          this.storedUpdateId = updateId;
          return this.attach(updateId, attachments);
        }),
        switchMap((failed) =>
          this.api.getMilestone(this.milestone().id).pipe(map((milestone) => ({ milestone, failed }))),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ milestone, failed }) => {
          this.submission.succeed();
          this.failedAttachments.set(failed);
          if (failed.length === 0) this.recorded.emit(milestone);
        },
        error: (failure: unknown) => {
          const error = this.submission.fail(failure);
          if (error.code === ErrorCode.PreconditionFailed) this.conflict.emit();
        },
      });
  }

  /** The files and links of the form, each sent with its own key. */
  private attachments(): Attachment[] {
    const files = this.files().map((upload) => ({
      label: upload.file.name,
      send: (statusUpdateId: string) => this.evidenceApi.upload(statusUpdateId, upload),
    }));
    const links = this.form.controls.sourceLinks
      .getRawValue()
      .map(({ url, title, reliability, evidenceDate, idempotencyKey }) => ({
        label: title.trim() || url.trim(),
        send: (statusUpdateId: string) =>
          this.evidenceApi.addLink(
            statusUpdateId,
            {
              url: url.trim(),
              title: (title.trim() || url.trim()).slice(0, LINK_TITLE_MAX_LENGTH),
              reliability,
              ...(evidenceDate && { evidenceDate }),
            },
            idempotencyKey,
          ),
      }));
    return [...files, ...links];
  }

  /** Sends the attachments one after the other; answers those that failed (none when all went through). */
  private attach(statusUpdateId: string, attachments: Attachment[]): Observable<Attachment[]> {
    if (attachments.length === 0) return of([]);
    return from(attachments).pipe(
      concatMap((attachment) =>
        attachment.send(statusUpdateId).pipe(
          map(() => null),
          catchError(() => of(attachment)),
        ),
      ),
      toArray(),
      map((results) => results.filter((attachment): attachment is Attachment => attachment !== null)),
    );
  }

  private request(): CreateStatusUpdateRequest {
    const { level, operationalStatus, effectiveDate, narrative, confidential } = this.form.getRawValue();
    const returned = this.resubmission();
    return {
      effectiveDate,
      narrative: narrative.trim(),
      ...(confidential && { confidential: true }),
      ...(returned && { resubmissionOf: returned.id }),
      ...(level !== '' && { level: Number(level) }),
      ...(operationalStatus !== '' && { operationalStatus }),
    };
  }
}
