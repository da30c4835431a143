import { linkedSignal, Resource, Signal, WritableSignal } from '@angular/core';

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

/**
 * The last value a resource loaded for the same `key` (the same record), kept while it reloads and
 * when a reload fails, so a failed refresh shows its error above the page instead of blanking it (and
 * closing the forms open in it). Cleared when the key changes. Writable, so a change the API confirmed
 * can show before the reload answers; the next answer replaces it.
 */
export function lastLoadedValue<T, K>(resource: Resource<T | undefined>, key: () => K): WritableSignal<T | undefined> {
  return linkedSignal<{ key: K; value: T | undefined }, T | undefined>({
    source: () => ({ key: key(), value: resource.hasValue() ? resource.value() : undefined }),
    computation: (source, previous) => {
      if (!previous || previous.source.key !== source.key) return source.value;
      const newAnswer = source.value !== undefined && source.value !== previous.source.value;
      return newAnswer ? source.value : previous.value;
    },
  });
}
