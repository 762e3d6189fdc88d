import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { RATE_LIMITED_EVENT, type RateLimitedEvent } from '@groundwork/throttling';
import { AuthMetrics, isSignInRoute } from '../auth.metrics.js';

/** The platform's rate limits refused a request: on the sign-in route, that is a throttled sign-in. */
@Injectable()
export class RateLimitListener {
  constructor(private readonly metrics: AuthMetrics) {}

  @OnEvent(RATE_LIMITED_EVENT)
  onRateLimited(event: RateLimitedEvent): void {
    if (isSignInRoute(event.handler)) {
      this.metrics.signIns.inc({ outcome: 'throttled' });
    }
  }
}
