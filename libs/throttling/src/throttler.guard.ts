import { type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { ProblemException } from '@groundwork/http';
import { RouteMetadataCache } from './route-metadata-cache.js';
import { RATE_LIMITED_EVENT, type RateLimitedEvent, ThrottlingMetrics } from './throttling.metrics.js';

/** The problem type of a 429, which clients may branch on. */
export const RATE_LIMITED_PROBLEM = 'urn:groundwork:problem:rate-limited';

/** The throttler guard answering in problem+json, with Retry-After, like every other error. */
@Injectable()
export class ProblemThrottlerGuard extends ThrottlerGuard {
  // RateLimit-Limit / -Remaining / -Reset: the names CORS exposes to browsers.
  protected override headerPrefix = 'RateLimit';
  @Inject(ThrottlingMetrics) private readonly metrics!: ThrottlingMetrics;
  @Optional() @Inject(EventEmitter2) private readonly events?: EventEmitter2;

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
  ) {
    super(options, storage, new RouteMetadataCache());
  }

  /**
   * Counts each refusal under the limit that refused it (the library's detail does not name it) and
   * tells the libs that own the route, which may count it in their own terms.
   */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof ProblemException && error.getStatus() === 429) {
        const event: RateLimitedEvent = {
          limit: request.throttler.name ?? 'default',
          handler: request.context.getHandler(),
        };
        this.metrics.rateLimited.inc({ limit: event.limit });
        this.events?.emit(RATE_LIMITED_EVENT, event);
      }
      throw error;
    }
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    throw new ProblemException(429, `Too many requests; retry in ${retryAfter} s`, {
      type: RATE_LIMITED_PROBLEM,
      // The limit that refused (a strict one, say), replacing what a looser one that passed had set.
      headers: {
        'retry-after': String(retryAfter),
        'ratelimit-limit': String(detail.limit),
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(retryAfter),
      },
    });
  }
}
