import { TestBed } from '@angular/core/testing';
import { ErrorCode } from '@accord/shared';
import { translocoTesting } from '../../../testing/i18n';
import { ApiRequestError } from './api-request-error';
import { ErrorMessages } from './error-messages';

describe('ErrorMessages', () => {
  let messages: ErrorMessages;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        translocoTesting({
          errors: { precondition_failed: 'A colleague updated this milestone first.' },
          fieldErrors: { maxLength: 'Too long.', dateInFuture: 'The date cannot be in the future.' },
        }),
      ],
    });
    messages = TestBed.inject(ErrorMessages);
  });

  it('translates a field code through fieldErrors.<code>', () => {
    expect(messages.forField('maxLength', 'Validation failed')).toBe('Too long.');
    expect(messages.forField('dateInFuture', 'Validation failed')).toBe('The date cannot be in the future.');
  });

  it('falls back to the server message for a field code it has no translation for', () => {
    expect(messages.forField('isLatitude', 'latitude must be a latitude string or number')).toBe(
      'latitude must be a latitude string or number',
    );
  });

  it('translates an error code through errors.<code>', () => {
    const error = new ApiRequestError(412, ErrorCode.PreconditionFailed, 'Precondition Failed');

    expect(messages.forError(error)).toBe('A colleague updated this milestone first.');
  });

  it('falls back to the server message for an error code it has no translation for', () => {
    const error = new ApiRequestError(429, ErrorCode.TooManyRequests, 'Slow down');

    expect(messages.forError(error)).toBe('Slow down');
  });
});
