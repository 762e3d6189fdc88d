import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ProblemException } from '@groundwork/http';
import { AuthProblems } from '../auth.errors.js';

/** The throttler guard answering in problem+json, with Retry-After, like every other error. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  // RateLimit-Limit / -Remaining / -Reset: the names CORS exposes to browsers.
  protected override headerPrefix = 'RateLimit';

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    throw new ProblemException(429, `Too many requests; retry in ${retryAfter} s`, {
      type: AuthProblems.RateLimited,
      headers: { 'retry-after': String(retryAfter) },
    });
  }
}
