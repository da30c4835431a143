import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiException } from './api-exception';

/** A path parameter that must be a UUID; anything else is a 400 in the documented shape. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => ApiException.validation({ [name]: 'isUuid' }) }));
