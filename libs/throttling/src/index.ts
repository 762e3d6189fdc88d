export * from './throttling.module.js';
export { ProblemThrottlerGuard, RATE_LIMITED_PROBLEM } from './throttler.guard.js';
export { RATE_LIMITED_EVENT, type RateLimitedEvent, THROTTLING_METRICS } from './throttling.metrics.js';
export { StrictThrottle } from './strict-throttle.decorator.js';
export { SkipThrottle } from '@nestjs/throttler';
