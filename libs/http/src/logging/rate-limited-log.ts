import { Logger } from '@nestjs/common';

/**
 * Logs a recurring condition (an outage) once per interval instead of once per occurrence; the next
 * line says how many were left out. A down database answering 500 requests a second stays readable.
 */
export class RateLimitedLog {
  private readonly logger: Logger;
  private lastAt = Number.NEGATIVE_INFINITY;
  private suppressed = 0;

  constructor(
    context: string,
    private readonly intervalMs = 10_000,
  ) {
    this.logger = new Logger(context);
  }

  warn(message: string, fields: Record<string, unknown> = {}): void {
    const now = Date.now();
    if (now - this.lastAt < this.intervalMs) {
      this.suppressed += 1;
      return;
    }
    const repeats = this.suppressed;
    this.lastAt = now;
    this.suppressed = 0;
    const suffix = repeats > 0 ? ` (${repeats} more since the last report)` : '';
    this.logger.warn({ ...fields, repeats }, `${message}${suffix}`);
  }

  /** The condition ended: the next occurrence is reported at once. */
  reset(): void {
    this.lastAt = Number.NEGATIVE_INFINITY;
    this.suppressed = 0;
  }
}
