import { Global, Module } from '@nestjs/common';
import { IdempotentTransaction } from './idempotent-transaction.service';

@Global()
@Module({ providers: [IdempotentTransaction], exports: [IdempotentTransaction] })
export class IdempotencyModule {}
