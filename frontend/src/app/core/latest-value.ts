import { linkedSignal, Resource, Signal } from '@angular/core';

/**
 * The last value a resource loaded, kept while it loads the next one (new filters, new date) so the
 * page does not blank out between two answers. Cleared when loading fails.
 */
export function latestValue<T>(resource: Resource<T | undefined>): Signal<T | undefined> {
  return linkedSignal<{ value: T | undefined; loading: boolean }, T | undefined>({
    source: () => ({ value: resource.hasValue() ? resource.value() : undefined, loading: resource.isLoading() }),
    computation: ({ value, loading }, previous) => value ?? (loading ? previous?.value : undefined),
  });
}
