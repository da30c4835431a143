import { HttpParams } from '@angular/common/http';

/** The API is served on the same origin (proxied in development). */
const API_BASE = '/api';

export function apiUrl(...segments: string[]): string {
  return [API_BASE, ...segments.map(encodeURIComponent)].join('/');
}

export function isApiUrl(url: string): boolean {
  return url.startsWith(`${API_BASE}/`);
}

/** Query parameters without the empty ones: the API reads an empty filter as a value. */
export function queryParams(
  values: Readonly<Record<string, string | number | boolean | null | undefined>>,
): HttpParams {
  return Object.entries(values).reduce(
    (params, [name, value]) =>
      value === undefined || value === null || value === '' ? params : params.set(name, String(value)),
    new HttpParams(),
  );
}
