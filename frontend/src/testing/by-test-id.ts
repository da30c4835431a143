import { ComponentFixture } from '@angular/core/testing';

/** Finds the elements of the component `fixture()` renders by their `data-testid`. */
export function byTestId(fixture: () => ComponentFixture<unknown>) {
  const find = <T extends HTMLElement>(testId: string) =>
    (fixture().nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
  function element<T extends HTMLElement>(testId: string): T {
    const found = find<T>(testId);
    if (!found) throw new Error(`No element ${testId}`);
    return found;
  }
  return {
    find,
    element,
    /** The element's text, its white space collapsed. */
    text: (testId: string) => element(testId).textContent?.replace(/\s+/g, ' ') ?? '',
    /** Types `value` into the field and tells Angular (`input`; `change` for a select). */
    type(testId: string, value: string, event = 'input'): void {
      const field = element<HTMLInputElement>(testId);
      field.value = value;
      field.dispatchEvent(new Event(event));
    },
  };
}
