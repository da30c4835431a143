import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { ApiException } from '../common/api-exception';
import { canonicalJson } from '../common/canonical-json';
import type { AuthenticatedUser } from '../auth/authenticated-user';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** A creating request as the idempotency store sees it. */
export interface IdempotentRequest {
  userId: string;
  /** Absent: the request is not idempotent (each one creates). */
  key?: string;
  /** What the key stands for: method, path and body. The same key with another fingerprint is a 422. */
  fingerprint: string;
  /** Marks the response as a replay of the first one. */
  markReplayed(): void;
}

/**
 * The `Idempotency-Key` header of a creating request (optional; 1-255 visible ASCII characters), with the
 * request's fingerprint. An uploaded file counts by its name and SHA-256.
 */
export const Idempotency = createParamDecorator((_data: unknown, context: ExecutionContext): IdempotentRequest => {
  const http = context.switchToHttp();
  const request = http.getRequest<
    Request & { user: AuthenticatedUser; file?: { buffer: Buffer; originalname: string } }
  >();
  const key = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
  if (Array.isArray(key) || (key !== undefined && !KEY_FORMAT.test(key))) {
    throw ApiException.validation({ [IDEMPOTENCY_HEADER]: 'invalidIdempotencyKey' });
  }
  const file = request.file && [
    request.file.originalname,
    createHash('sha256').update(request.file.buffer).digest('hex'),
  ];
  const fingerprint = createHash('sha256')
    .update(canonicalJson([request.method, request.path, request.body ?? null, file ?? null]))
    .digest('hex');
  return {
    userId: request.user.id,
    key,
    fingerprint,
    markReplayed: () => http.getResponse<Response>().setHeader('Idempotent-Replayed', 'true'),
  };
});

export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: false,
    description:
      'Any unique string (e.g. a UUID) per intended creation: resending the request with the same key replays ' +
      'the first answer and creates nothing new; the same key with a different request answers 422. Kept 24 hours.',
  });
