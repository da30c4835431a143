import { inject, Pipe, PipeTransform } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { toApiRequestError } from './api-request-error';
import { ErrorMessages } from './error-messages';
import { firstFieldError } from './field-errors';

/** The translated message of a failed request. Impure: follows language switches. */
@Pipe({ name: 'accErrorMessage', pure: false })
export class ErrorMessagePipe implements PipeTransform {
  private readonly messages = inject(ErrorMessages);

  transform(error: unknown): string {
    return error ? this.messages.forError(toApiRequestError(error)) : '';
  }
}

/**
 * The translated message of the first error of a control, whether a validator or the API set it.
 * Impure: errors change without new inputs.
 */
@Pipe({ name: 'accFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly messages = inject(ErrorMessages);

  transform(control: AbstractControl): string {
    const error = firstFieldError(control.errors);
    return error ? this.messages.forField(error.code, error.serverMessage) : '';
  }
}
