export * from './throttling.module.js';
export { ProblemThrottlerGuard, RATE_LIMITED_PROBLEM } from './throttler.guard.js';
export { StrictThrottle } from './strict-throttle.decorator.js';
export { SkipThrottle } from '@nestjs/throttler';
