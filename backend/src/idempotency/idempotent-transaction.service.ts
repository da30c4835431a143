import { ErrorCode } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import type { IdempotentRequest } from './idempotency-key.decorator';

/** How long a key is remembered. */
const RETENTION = '24 hours';

/**
 * Runs a creating request in one transaction. With an Idempotency-Key, the first request stores its
 * answer in that same transaction (so the answer exists if and only if the creation does); a repeat waits
 * for the first to finish (an advisory lock on the key), then replays the stored answer. A failed request
 * stores nothing, so it can be retried with the same key.
 */
@Injectable()
export class IdempotentTransaction {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(request: IdempotentRequest, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      if (request.key === undefined) return work(manager);
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `${request.userId} ${request.key}`,
      ]);
      const [stored]: { fingerprint: string; responseBody: string }[] = await manager.query(
        `SELECT fingerprint, response_body AS "responseBody" FROM idempotent_request
         WHERE user_id = $1 AND key = $2 AND created_at > now() - $3::interval`,
        [request.userId, request.key, RETENTION],
      );
      if (stored) {
        if (stored.fingerprint !== request.fingerprint) {
          throw new ApiException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            ErrorCode.IdempotencyKeyReused,
            'This Idempotency-Key was already used for a different request',
          );
        }
        request.markReplayed();
        return JSON.parse(stored.responseBody) as T;
      }
      const body = await work(manager);
      await manager.query(
        `INSERT INTO idempotent_request (user_id, key, fingerprint, response_body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, key) DO UPDATE
           SET fingerprint = excluded.fingerprint, response_body = excluded.response_body, created_at = now()`,
        [request.userId, request.key, request.fingerprint, JSON.stringify(body)],
      );
      await manager.query('DELETE FROM idempotent_request WHERE created_at < now() - $1::interval', [RETENTION]);
      return body;
    });
  }
}
