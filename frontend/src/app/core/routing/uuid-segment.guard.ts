import { CanMatchFn } from '@angular/router';
import { isUuid } from '../ids';

/**
 * Matches a route only when the URL segment at `index` (counted from the route's own path) is a UUID,
 * so a malformed id in a link falls through to the not-found page instead of asking the API.
 */
export function uuidSegmentAt(index: number): CanMatchFn {
  return (_route, segments) => isUuid(segments[index]?.path);
}
