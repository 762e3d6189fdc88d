import { SetMetadata } from '@nestjs/common';
import type { AppConfig } from '@groundwork/config';
import type { JobDefinition } from './job-definition.js';

/** What a handler knows about the attempt it runs. */
export interface JobContext {
  id: string;
  /** 1 on the first attempt. */
  attempt: number;
  /** The first attempt plus the retries. */
  maxAttempts: number;
  /** Aborted when the attempt timed out or the process is stopping: stop work whose result can no longer land. */
  signal: AbortSignal;
}

/**
 * Runs one job. Handlers run at least once, so each must be idempotent where a repeat would
 * repeat an effect: say how in its doc comment.
 */
export interface JobHandler<P extends object> {
  handle(payload: P, context: JobContext): Promise<void>;
  /** Called once when the last attempt failed, just before the job moves to the dead letter. */
  onDeadLetter?(payload: P, error: Error, context: JobContext): Promise<void> | void;
}

export interface JobScheduleOptions<P extends object> {
  /** Cron expression (5 fields, or 6 with seconds first), in UTC; may come from the config. */
  cron: string | ((config: AppConfig) => string);
  payload: P;
}

export interface JobHandlerOptions<P extends object> {
  /** Run the job on a schedule: once per occurrence across every process, whichever claims it. */
  schedule?: JobScheduleOptions<P>;
}

export interface JobHandlerMetadata {
  job: JobDefinition<object>;
  options: JobHandlerOptions<object>;
}

export const JOB_HANDLER_METADATA = Symbol('groundwork:job-handler');

/**
 * Marks a provider as the handler of a job; the jobs lib finds it in whatever module declares it.
 * The class must implement `JobHandler<P>`.
 */
export function JobHandlerFor<P extends object>(
  job: JobDefinition<P>,
  options: JobHandlerOptions<P> = {},
): ClassDecorator {
  const metadata = { job, options } as unknown as JobHandlerMetadata;
  return SetMetadata(JOB_HANDLER_METADATA, metadata);
}
