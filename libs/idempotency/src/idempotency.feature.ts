import { defineFeature } from '@groundwork/feature';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { IdempotencyPruner } from './idempotency-pruner.js';
import { IdempotencyKeys1763700200000 } from './migrations/1763700200000-IdempotencyKeys.js';

/** The table the idempotency lib owns and the job that prunes it (a platform piece, declared like a feature). */
export const IDEMPOTENCY_FEATURE = defineFeature({
  name: 'idempotency',
  entities: [IdempotencyKeyEntity],
  migrations: [IdempotencyKeys1763700200000],
  jobHandlers: [IdempotencyPruner],
});
