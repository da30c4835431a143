import { computed, inject, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { ApiRequestError, toApiRequestError } from './api-request-error';
import { ErrorMessages } from './error-messages';
import { applyServerFieldErrors } from './field-errors';

/**
 * What a form shows of the request it sends: whether it is on its way, and why it failed, with the API's
 * field errors put on the controls of `form` they name and the messages of those no control shows.
 * Call in an injection context.
 */
export function formSubmission(form: AbstractControl) {
  const messages = inject(ErrorMessages);
  const saving = signal(false);
  const error = signal<ApiRequestError | null>(null);
  const unplacedFieldErrors = signal<Record<string, string>>({});
  return {
    saving: saving.asReadonly(),
    error: error.asReadonly(),
    /** Field errors of the API that no control of the form shows. */
    unplacedMessages: computed(() =>
      Object.values(unplacedFieldErrors()).map((code) => messages.forField(code, error()?.message ?? '')),
    ),
    /** The request leaves: the previous failure is forgotten. */
    start(): void {
      saving.set(true);
      error.set(null);
      unplacedFieldErrors.set({});
    },
    succeed(): void {
      saving.set(false);
    },
    /** Shows why the request failed, and answers it. */
    fail(failure: unknown): ApiRequestError {
      const apiError = toApiRequestError(failure);
      saving.set(false);
      error.set(apiError);
      unplacedFieldErrors.set(applyServerFieldErrors(form, apiError.fieldErrors, apiError.message));
      return apiError;
    },
  };
}
