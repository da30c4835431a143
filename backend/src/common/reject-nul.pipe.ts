import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FieldError } from '@accord/shared';
import { ApiException } from './api-exception';

/** The first path in `value` whose string holds a NUL character, which PostgreSQL text cannot store. */
function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = pathOfNul(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/** Refuses a body or query holding a NUL character with a 400 naming the field, before anything runs. */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query') return value;
    const path = pathOfNul(value, metadata.data ?? '');
    if (path !== null) throw ApiException.validation({ [path || metadata.type]: FieldError.InvalidCharacter });
    return value;
  }
}
