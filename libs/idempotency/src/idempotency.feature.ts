import { defineFeature } from '@groundwork/feature';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { IdempotencyKeys1763700200000 } from './migrations/1763700200000-IdempotencyKeys.js';

/** The table the idempotency lib owns (a platform piece with a table, declared like a feature). */
export const IDEMPOTENCY_FEATURE = defineFeature({
  name: 'idempotency',
  entities: [IdempotencyKeyEntity],
  migrations: [IdempotencyKeys1763700200000],
});
