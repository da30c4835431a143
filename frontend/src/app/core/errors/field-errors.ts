import { AbstractControl, FormControl, ValidationErrors } from '@angular/forms';
import { FieldError, FieldErrorCode } from '@accord/shared';

/** Key under which a control keeps the code the API gave for it. */
const SERVER_ERROR = 'server';

interface ServerFieldError {
  code: FieldErrorCode;
  message: string;
}

export interface FieldErrorDescription {
  code: FieldErrorCode;
  serverMessage: string;
}

/**
 * Client-side validators report under the API's own field codes, so one set of `fieldErrors.*`
 * translations serves both. Custom validators already use the API's codes as keys.
 */
const API_CODE_OF_ANGULAR_VALIDATOR: Readonly<Record<string, FieldErrorCode>> = {
  required: FieldError.Required,
  maxlength: 'maxLength',
  email: 'isEmail',
};

export function firstFieldError(errors: ValidationErrors | null): FieldErrorDescription | null {
  const key = errors ? Object.keys(errors)[0] : undefined;
  if (!errors || !key) return null;
  if (key === SERVER_ERROR) {
    const { code, message } = errors[SERVER_ERROR] as ServerFieldError;
    return { code, serverMessage: message };
  }
  return { code: API_CODE_OF_ANGULAR_VALIDATOR[key] ?? key, serverMessage: '' };
}

/**
 * Puts the API's per-field codes (paths such as `sourceLinks.0.url`) on the matching controls of
 * `form`, where they show like any validation error until the value changes. Only fields (form
 * controls) show their errors: a code for a group or a list (`sourceLinks`: too many) would be set
 * where nobody sees it. Returns the codes of paths without such a control, to show beside the form.
 */
export function applyServerFieldErrors(
  form: AbstractControl,
  fieldErrors: Readonly<Record<string, FieldErrorCode>>,
  message: string,
): Record<string, FieldErrorCode> {
  const unplaced: Record<string, FieldErrorCode> = {};
  for (const [path, code] of Object.entries(fieldErrors)) {
    const control = form.get(path);
    if (control instanceof FormControl) {
      control.setErrors({ [SERVER_ERROR]: { code, message } satisfies ServerFieldError });
      control.markAsTouched();
    } else {
      unplaced[path] = code;
    }
  }
  return unplaced;
}
