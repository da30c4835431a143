import { ErrorCode } from '@accord/shared';
import {
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { EntityManager } from 'typeorm';
import { ApiException } from './api-exception';

/**
 * Optimistic locking over HTTP. Every mutable resource carries a `version`; responses expose it as a
 * strong ETag, and writes must send it back in `If-Match`. Services apply the write with
 * `UPDATE ... WHERE id = $1 AND version = $2` and answer 412 when no row matched.
 * A representation whose derived fields depend on the day (overdue, current status) also names that
 * day (`"3-2026-11-27"`), so that a cache revalidating tomorrow gets the new figures, not a 304.
 * Writes compare the version only.
 */
export const etagOf = (version: number, asOf?: string) => (asOf ? `"${version}-${asOf}"` : `"${version}"`);

/** Reads the version from `If-Match: "3"` (or `"3-2026-11-27"`, `W/"3"`); missing is 428, unreadable 400. */
export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined || header === '') {
    throw new ApiException(
      HttpStatus.PRECONDITION_REQUIRED,
      ErrorCode.PreconditionRequired,
      "Send the If-Match header with the ETag you read, so that no one else's change is overwritten",
    );
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})(?:-\d{4}-\d{2}-\d{2})?"?\s*$/.exec(header);
  if (!match) throw ApiException.validation({ 'If-Match': 'invalidEtag' }, 'If-Match must be an ETag such as "3"');
  return Number(match[1]);
});

export function staleVersion(): ApiException {
  return new ApiException(
    HttpStatus.PRECONDITION_FAILED,
    ErrorCode.PreconditionFailed,
    'Someone else changed this item since you read it; reload it and apply your change again',
  );
}

/** Sets the ETag of any response body that carries a numeric `version` (and the `asOf` day it was computed for). */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const { version, asOf } = (body ?? {}) as { version?: unknown; asOf?: unknown };
        if (typeof version === 'number') {
          const etag = etagOf(version, typeof asOf === 'string' ? asOf : undefined);
          context.switchToHttp().getResponse<Response>().setHeader('ETag', etag);
        }
        return body;
      }),
    );
  }
}

/** Runs an UPDATE and returns how many rows it changed (TypeORM answers `[rows, count]` for UPDATE). */
export async function updateCount(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const [, count] = (await manager.query(sql, parameters)) as [unknown[], number];
  return count;
}

/** A PATCH must change something; an empty body is a 400, not a silent version bump. */
export function requireChanges(changes: object): void {
  if (!Object.values(changes).some((value) => value !== undefined)) {
    throw ApiException.validation({ body: 'noChanges' }, 'Send at least one field to change');
  }
}
