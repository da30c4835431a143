import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const CLIENT_REQUEST_ID = /^[\w.-]{1,64}$/;

type WithId = Request & { id?: unknown };

/**
 * Gives every request an id before anything else runs (even the body parser), answers it in
 * `X-Request-Id` and lets the logger and the error filter use the same one. A well-formed id sent by
 * the client is kept, so a request can be followed across systems.
 */
export function assignRequestId(request: Request, response: Response, next: NextFunction): void {
  const sent = request.headers['x-request-id'];
  const id = typeof sent === 'string' && CLIENT_REQUEST_ID.test(sent) ? sent : randomUUID();
  (request as WithId).id = id;
  response.setHeader('X-Request-Id', id);
  next();
}

export const requestIdOf = (request: Request): string => String((request as WithId).id ?? '');
