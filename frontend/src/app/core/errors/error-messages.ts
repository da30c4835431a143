import { inject, Injectable } from '@angular/core';
import { Translations } from '../i18n/translations';
import { ApiRequestError } from './api-request-error';

/** The user's words for the API's error codes, falling back to the server's message for unknown codes. */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly translations = inject(Translations);

  forError(error: ApiRequestError): string {
    return this.translations.translateOr(`errors.${error.code}`, error.message);
  }

  forField(code: string, serverMessage: string): string {
    return this.translations.translateOr(`fieldErrors.${code}`, serverMessage);
  }
}
