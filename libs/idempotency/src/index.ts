export * from './idempotency.module.js';
export { Idempotent, IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotent.decorator.js';
export { IdempotencyProblems, IN_FLIGHT_LEASE_MS } from './idempotency.interceptor.js';
export { IdempotencyPruner, PruneIdempotencyKeysJob } from './idempotency-pruner.js';
