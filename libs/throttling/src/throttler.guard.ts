import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ProblemException } from '@groundwork/http';

/** The problem type of a 429, which clients may branch on. */
export const RATE_LIMITED_PROBLEM = 'urn:groundwork:problem:rate-limited';

/** The throttler guard answering in problem+json, with Retry-After, like every other error. */
@Injectable()
export class ProblemThrottlerGuard extends ThrottlerGuard {
  // RateLimit-Limit / -Remaining / -Reset: the names CORS exposes to browsers.
  protected override headerPrefix = 'RateLimit';

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    throw new ProblemException(429, `Too many requests; retry in ${retryAfter} s`, {
      type: RATE_LIMITED_PROBLEM,
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}
