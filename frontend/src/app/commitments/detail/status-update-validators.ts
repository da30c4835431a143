import { effect, untracked } from '@angular/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { FieldError } from '@accord/shared';

// Errors are keyed by the API's field codes so that one set of translations serves both sides.

/** An ISO date after the bound `latest()` returns (also ISO, so they compare as strings). */
export function notAfter(latest: () => string | undefined): ValidatorFn {
  // The bound is read only for a date: the form is built (empty) before its inputs arrive.
  return ({ value }: AbstractControl<string>): ValidationErrors | null => {
    if (!value) return null;
    const bound = latest();
    return bound && value > bound ? { [FieldError.DateInFuture]: true } : null;
  };
}

/**
 * Checks the date of `control` again whenever the bounds `bounds()` reads change: they arrive with the
 * agreement, possibly after the date was set. Call in an injection context.
 */
export function recheckWhenBoundsChange(control: AbstractControl, bounds: () => unknown): void {
  effect(() => {
    bounds();
    untracked(() => control.updateValueAndValidity());
  });
}

/** An ISO date before the bound `earliest()` returns, when it returns one. */
export function notBefore(earliest: () => string | undefined): ValidatorFn {
  return ({ value }: AbstractControl<string>): ValidationErrors | null => {
    if (!value) return null;
    const bound = earliest();
    return bound && value < bound ? { [FieldError.DateBeforeAgreement]: true } : null;
  };
}

/** Text with something in it besides spaces: the API trims it, then requires it. */
export function notBlank({ value }: AbstractControl<string>): ValidationErrors | null {
  return value?.trim() ? null : { [FieldError.Required]: true };
}

/** A link a reader can open: http or https, nothing else. */
export function webUrl({ value }: AbstractControl<string>): ValidationErrors | null {
  return !value || /^https?:\/\/[^\s]+$/i.test(value.trim()) ? null : { isUrl: true };
}

/** An update must change something: the level, the operational status, or both. */
export function levelOrStatusRequired(group: AbstractControl): ValidationErrors | null {
  const { level, operationalStatus } = group.value as { level: string; operationalStatus: string };
  return level === '' && operationalStatus === '' ? { [FieldError.ScoreOrStatusRequired]: true } : null;
}
