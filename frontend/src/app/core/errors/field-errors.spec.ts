import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { applyServerFieldErrors, firstFieldError } from './field-errors';

describe('field errors', () => {
  function form() {
    return new FormGroup({
      narrative: new FormControl('', { nonNullable: true, validators: Validators.maxLength(3) }),
      sourceLinks: new FormArray([new FormGroup({ url: new FormControl('ftp://x', { nonNullable: true }) })]),
    });
  }

  it('puts API codes on the controls their path names, nested ones included', () => {
    const updateForm = form();

    const unplaced = applyServerFieldErrors(
      updateForm,
      { narrative: 'maxLength', 'sourceLinks.0.url': 'isUrl', effectiveDate: 'dateInFuture' },
      'Validation failed',
    );

    expect(firstFieldError(updateForm.get('narrative')?.errors ?? null)).toEqual({
      code: 'maxLength',
      serverMessage: 'Validation failed',
    });
    expect(firstFieldError(updateForm.get('sourceLinks.0.url')?.errors ?? null)?.code).toBe('isUrl');
    expect(unplaced).toEqual({ effectiveDate: 'dateInFuture' });
  });

  it("reports Angular's validators under the API's codes", () => {
    const narrative = new FormControl('too long', Validators.maxLength(3));

    expect(firstFieldError(narrative.errors)).toEqual({ code: 'maxLength', serverMessage: '' });
  });

  it('leaves a code for a list or a group unplaced: no field of the form would show it', () => {
    const updateForm = form();

    const unplaced = applyServerFieldErrors(
      updateForm,
      { sourceLinks: 'arrayMaxSize', 'sourceLinks.0': 'isObject' },
      'Validation failed',
    );

    expect(unplaced).toEqual({ sourceLinks: 'arrayMaxSize', 'sourceLinks.0': 'isObject' });
    expect(updateForm.get('sourceLinks')?.errors).toBeNull();
    expect(updateForm.get('sourceLinks.0')?.errors).toBeNull();
  });
});
