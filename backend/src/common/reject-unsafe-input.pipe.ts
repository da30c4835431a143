import { FieldError, FieldErrorCode } from '@accord/shared';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ApiException } from './api-exception';

/** Keys that reach object prototypes; JSON.parse keeps them as own keys and validation does not see them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Characters PostgreSQL cannot store: NUL (in text), and half of a UTF-16 surrogate pair, which JSON
 * may carry as an escape but is no Unicode character (jsonb refuses it).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first unsafe spot in `value`: a string holding an unstorable character, or a prototype key. */
function findUnsafe(value: unknown, path: string): { path: string; code: FieldErrorCode } | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? { path, code: FieldError.InvalidCharacter } : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return { path: childPath, code: FieldError.Unknown };
    const found = findUnsafe(child, childPath);
    if (found) return found;
  }
  return null;
}

/** An uploaded file as multer hands it over (`@UploadedFile()`): its name is the client's, and is stored. */
const isUploadedFile = (value: unknown): value is { fieldname: string; originalname: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { originalname?: unknown }).originalname === 'string' &&
  typeof (value as { fieldname?: unknown }).fieldname === 'string';

/**
 * Refuses such a body, query or path parameter, or an uploaded file's name (`filename*=UTF-8''a%00b.csv`),
 * with a 400 naming the field, before validation and anything else runs. Other custom parameters (the
 * actor, the scope) are the server's own.
 */
@Injectable()
export class RejectUnsafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') {
      if (isUploadedFile(value) && UNSTORABLE.test(value.originalname)) {
        throw ApiException.validation({ [value.fieldname]: FieldError.InvalidCharacter });
      }
      return value;
    }
    const unsafe = findUnsafe(value, metadata.data ?? '');
    if (unsafe) throw ApiException.validation({ [unsafe.path || metadata.type]: unsafe.code });
    return value;
  }
}
