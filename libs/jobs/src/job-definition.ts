import type { AppConfig } from '@groundwork/config';

/** A payload class: class-validator decorators on its properties say what a valid payload is. */
export type PayloadClass<P extends object> = new () => P;

export interface JobDefinitionOptions<P extends object> {
  /** Queue name: letters, digits and `._-/`. */
  name: string;
  payload: PayloadClass<P>;
  /** Attempts after the first before the job is dead-lettered. */
  retryLimit: number;
  /** Wait before the first retry, in seconds; doubled (with jitter) per retry when `backoff` is on. */
  retryDelaySeconds: number | ((config: AppConfig) => number);
  backoff: boolean;
  /** Longest wait between retries with backoff. */
  retryDelayMaxSeconds?: number;
  /** An attempt running longer than this is failed (and retried). */
  timeoutSeconds: number | ((config: AppConfig) => number);
  /** At most one queued job per key (e.g. one pending mail per token). */
  singletonKey?: (payload: P) => string;
  /** With `singletonKey`: at most one job per key per this many seconds (throttling). */
  throttleSeconds?: number;
  /** How long completed jobs stay visible (payloads included); pg-boss's default is 7 days. */
  keepCompletedSeconds?: number;
}

/** A typed job: enqueue it with `JobQueue.enqueue(job, payload)`, handle it with `@JobHandler(job)`. */
export interface JobDefinition<P extends object> extends JobDefinitionOptions<P> {
  readonly kind: 'job';
}

export function defineJob<P extends object>(options: JobDefinitionOptions<P>): JobDefinition<P> {
  if (!/^[\w.\-/]+$/.test(options.name)) {
    throw new Error(`Job name "${options.name}" may only hold letters, digits, _ . - /`);
  }
  return { kind: 'job', ...options };
}

/** Jobs that failed their last attempt land here, with their queue, payload and last error. */
export const DEAD_LETTER_QUEUE = 'jobs.dead-letter';
