import { inject, Pipe, PipeTransform } from '@angular/core';
import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ErrorCode } from '@accord/shared';
import { toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessages } from '../core/errors/error-messages';
import { firstFieldError } from '../core/errors/field-errors';
import { Translations } from '../core/i18n/translations';

/** The API's limits on passwords (CreateUserDto, UpdateUserDto). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** At least `PASSWORD_MIN_LENGTH` characters, reported under the API's own code; empty passes. */
export const passwordLength: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value && control.value.length < PASSWORD_MIN_LENGTH ? { minLength: true } : null;

/** Text that is more than spaces, under the API's code for an empty text. */
export const notBlank: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value.trim() === '' ? { isNotEmpty: true } : null;

/** The API said the record changed since it was read (If-Match did not match). */
export function isConflict(error: unknown): boolean {
  return !!error && toApiRequestError(error).code === ErrorCode.PreconditionFailed;
}

/**
 * The translated message of a control's first error. The administrators' area says some codes in its
 * own words (`admin.fieldErrors.<code>`: an e-mail already taken, one's own account); the others read as
 * everywhere else (`fieldErrors.<code>`, else the API's message). Impure: errors change without new inputs.
 */
@Pipe({ name: 'accAdminFieldError', pure: false })
export class AdminFieldErrorPipe implements PipeTransform {
  private readonly translations = inject(Translations);
  private readonly messages = inject(ErrorMessages);

  transform(control: AbstractControl): string {
    const error = firstFieldError(control.errors);
    if (!error) return '';
    const own = this.translations.translateOr(`admin.fieldErrors.${error.code}`, '', { min: PASSWORD_MIN_LENGTH });
    return own || this.messages.forField(error.code, error.serverMessage);
  }
}

/**
 * A key for one creating request: sent again with the same body (a retry after a lost answer), the API
 * returns what the first one created instead of creating it twice. `randomUUID` exists only on secure
 * origins; elsewhere the key is made from `getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
