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
import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  AgeGroup,
  CELL_KEYS,
  cellsTotal,
  CreateIndicatorValueRequest,
  ErrorCode,
  IndicatorCellDto,
  IndicatorDetailDto,
  IndicatorDimension,
  indicatorValueErrors,
  IndicatorValueDto,
  Sex,
  RegionNameDto,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  notAfter,
  notBefore,
  notBlank,
  recheckWhenBoundsChange,
  webUrl,
} from '../commitments/detail/status-update-validators';
import { ErrorMessages } from '../core/errors/error-messages';
import { ErrorMessagePipe, FieldErrorPipe } from '../core/errors/error-pipes';
import { formSubmission } from '../core/errors/form-submission';
import { FigurePipe } from './figure.pipe';
import { IndicatorsApi } from './indicators-api';

// The API's limits (CreateIndicatorValueDto).
const NOTE_MAX_LENGTH = 4000;
const REGION_MAX_LENGTH = 100;
const LINK_URL_MAX_LENGTH = 2000;
const MAX_CELLS = 500;

type CellForm = FormGroup<{
  sex: FormControl<Sex | ''>;
  ageGroup: FormControl<AgeGroup | ''>;
  armedGroup: FormControl<string>;
  region: FormControl<string>;
  value: FormControl<number | null>;
}>;
type CellValues = ReturnType<CellForm['getRawValue']>;

/** The figures of the form as the API reads them: a dimension left empty in a row is not split by. */
function figuresOf(total: number | null, rows: readonly CellValues[]): { total?: number; cells: IndicatorCellDto[] } {
  const cells = rows.map((row) => {
    const cell: IndicatorCellDto = { value: row.value ?? 0 };
    for (const key of Object.values(CELL_KEYS)) {
      const split = row[key].trim();
      if (split) Object.assign(cell, { [key]: split });
    }
    return cell;
  });
  return { ...(total !== null && { total }), cells };
}

/**
 * The rules of a disaggregated value (shared `indicatorValueErrors`, as the API applies them) on the
 * form, under the API's paths (`total`, `cells`, `cells.3`): the form says before sending what the API
 * would refuse.
 */
function figuresFollowRules(dimensions: () => readonly IndicatorDimension[]): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const { total, cells } = group.getRawValue() as { total: number | null; cells: CellValues[] };
    const figures = figuresOf(total, cells);
    // Only cells need the dimensions: the form is built, without cells, before its inputs arrive.
    const errors = indicatorValueErrors(figures.cells.length > 0 ? dimensions() : [], figures);
    return Object.keys(errors).length > 0 ? { figures: errors } : null;
  };
}

/**
 * Records a value of an indicator as of a day: a total, figures by group along the indicator's
 * dimensions (a row per combination), or both when they add up. The request carries the indicator's
 * version: when a colleague recorded a value first the API answers 412, the form says so and keeps what
 * the user typed, and `conflict` asks the page to show the colleague's value.
 */
@Component({
  selector: 'acc-indicator-value-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    ErrorMessagePipe,
    FieldErrorPipe,
    FigurePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-value-form.html',
  styleUrl: './indicator-value-form.scss',
})
export class IndicatorValueForm implements OnInit {
  private readonly api = inject(IndicatorsApi);
  private readonly errorMessages = inject(ErrorMessages);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  readonly indicator = input.required<IndicatorDetailDto>();
  /** The acronyms of the agreement's parties: the armed groups a figure may be given for. */
  readonly parties = input<string[]>([]);
  /** The agreement's regions: a figure by region names one by its code. */
  readonly regions = input<readonly RegionNameDto[]>([]);
  /** No value is recorded as of a day before the agreement was signed. */
  readonly earliestDate = input<string | null>(null);
  /** The agreement's today: no value is recorded as of a later day. */
  readonly today = input.required<string>();
  /** Members cleared for confidential items may mark the value confidential. */
  readonly canMarkConfidential = input(false);
  /** A returned value to correct: the form starts from its figures. */
  readonly correcting = input<IndicatorValueDto | null>(null);

  /** The value was recorded: the indicator as the API now has it. */
  readonly recorded = output<IndicatorDetailDto>();
  readonly conflict = output<void>();
  readonly cancelled = output<void>();

  protected readonly dimensions = computed(() =>
    this.indicator().dimensions.map((dimension) => ({ dimension, key: CELL_KEYS[dimension] })),
  );
  protected readonly sexes = Object.values(Sex);
  protected readonly ageGroups = Object.values(AgeGroup);
  protected readonly noteMaxLength = NOTE_MAX_LENGTH;
  protected readonly maxCells = MAX_CELLS;
  /** One key per value being written: a resend after a lost answer stores it once. */
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly form = this.formBuilder.group(
    {
      asOf: [
        '',
        [Validators.required, notAfter(() => this.today()), notBefore(() => this.earliestDate() ?? undefined)],
      ],
      total: this.formBuilder.control<number | null>(null, Validators.min(0)),
      cells: this.formBuilder.array<CellForm>([]),
      note: ['', [notBlank, Validators.maxLength(NOTE_MAX_LENGTH)]],
      sourceUrl: ['', [Validators.maxLength(LINK_URL_MAX_LENGTH), webUrl]],
      confidential: [false],
    },
    { validators: figuresFollowRules(() => this.indicator().dimensions) },
  );

  protected readonly submission = formSubmission(this.form);
  /** "Give a total or figures" speaks only once the user tried to send. */
  protected readonly submitAttempted = signal(false);
  protected readonly conflicted = computed(() => this.submission.error()?.code === ErrorCode.PreconditionFailed);

  constructor() {
    recheckWhenBoundsChange(this.form.controls.asOf, () => [this.earliestDate(), this.today()]);
  }

  ngOnInit(): void {
    const returned = this.correcting();
    if (!returned) {
      this.form.controls.asOf.setValue(this.today());
      return;
    }
    this.form.patchValue({
      asOf: returned.asOf,
      total: returned.total,
      note: returned.note,
      sourceUrl: returned.sourceLinks[0]?.url ?? '',
      confidential: returned.confidential,
    });
    for (const cell of returned.cells) this.addCell(cell);
  }

  /** The code the rules of shared/ give the figures at `path` (`total`, `cells`, `cells.3`), if any. */
  protected figuresError(path: string): string | undefined {
    return (this.form.errors?.['figures'] as Record<string, string> | undefined)?.[path];
  }

  /** The words for a code of the rules of shared/, as for the API's own field codes. */
  protected figuresMessage(code: string): string {
    return this.errorMessages.forField(code, code);
  }

  protected cellsSum(): number {
    return cellsTotal(figuresOf(null, this.form.controls.cells.getRawValue()).cells);
  }

  protected addCell(cell: Partial<IndicatorCellDto> = {}): void {
    if (this.form.controls.cells.length >= MAX_CELLS) return;
    this.form.controls.cells.push(
      this.formBuilder.group({
        sex: this.formBuilder.control<Sex | ''>(cell.sex ?? ''),
        ageGroup: this.formBuilder.control<AgeGroup | ''>(cell.ageGroup ?? ''),
        armedGroup: [cell.armedGroup ?? ''],
        region: [cell.region ?? '', Validators.maxLength(REGION_MAX_LENGTH)],
        value: this.formBuilder.control<number | null>(cell.value ?? null, [Validators.required, Validators.min(0)]),
      }),
    );
  }

  protected removeCell(index: number): void {
    this.form.controls.cells.removeAt(index);
  }

  protected submit(): void {
    if (this.submission.saving()) return;
    this.submitAttempted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.start();
    this.api
      .recordValue(this.indicator(), this.request(), this.idempotencyKey)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (indicator) => {
          this.submission.succeed();
          this.recorded.emit(indicator);
        },
        error: (failure: unknown) => {
          if (this.submission.fail(failure).code === ErrorCode.PreconditionFailed) this.conflict.emit();
        },
      });
  }

  private request(): CreateIndicatorValueRequest {
    const { asOf, total, cells, note, sourceUrl, confidential } = this.form.getRawValue();
    const figures = figuresOf(total, cells);
    return {
      asOf,
      ...(figures.total !== undefined && { total: figures.total }),
      ...(figures.cells.length > 0 && { cells: figures.cells }),
      note: note.trim(),
      ...(sourceUrl.trim() && { sourceLinks: [{ url: sourceUrl.trim() }] }),
      ...(confidential && { confidential: true }),
    };
  }
}
