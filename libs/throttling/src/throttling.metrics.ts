import { Injectable } from '@nestjs/common';
import { defineCounter, Metrics } from '@groundwork/telemetry';
import { GENERAL_THROTTLER, STRICT_ACCOUNT_THROTTLER, STRICT_IP_THROTTLER } from './throttler-options.js';

export const THROTTLING_METRICS = {
  rateLimited: defineCounter({
    name: 'groundwork_http_rate_limited_total',
    help: 'Requests refused with 429, by the limit that refused them',
    labelNames: ['limit'],
    labelValues: { limit: [GENERAL_THROTTLER, STRICT_IP_THROTTLER, STRICT_ACCOUNT_THROTTLER] },
  }),
} as const;

/** Emitted (synchronously, before the 429 is sent) each time a limit refuses a request. */
export const RATE_LIMITED_EVENT = 'throttling.rate-limited';

export interface RateLimitedEvent {
  /** The limit that refused it: default, auth-ip or auth-account. */
  limit: string;
  /** The route handler refused; its metadata tells a lib whether the route is one of its own. */
  handler: object;
}

@Injectable()
export class ThrottlingMetrics {
  readonly rateLimited;

  constructor(metrics: Metrics) {
    this.rateLimited = metrics.counter(THROTTLING_METRICS.rateLimited);
  }
}
