import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { JobDefinition } from './job-definition.js';

/** A payload that does not match its job's class: a bug in the producer, never worth a retry. */
export class InvalidJobPayloadError extends Error {
  constructor(jobName: string, problems: string[]) {
    super(`Invalid payload for job ${jobName}: ${problems.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

/**
 * Checks a payload against its job's class and returns the plain JSON that is stored. Runs on
 * enqueue (the producer learns at once) and again on receipt (a job written by an older version,
 * or by hand, is refused before a handler sees it).
 */
export function validatePayload<P extends object>(job: JobDefinition<P>, data: unknown): P {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidJobPayloadError(job.name, ['expected an object']);
  }
  const instance = plainToInstance(job.payload, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const problems = errors.flatMap((error) =>
      Object.values(error.constraints ?? { invalid: `${error.property} is invalid` }),
    );
    throw new InvalidJobPayloadError(job.name, problems);
  }
  return JSON.parse(JSON.stringify(instance)) as P;
}

/** Where a job's data carries the W3C trace context of the request that enqueued it. */
export const TRACE_KEY = '_trace';

/** Splits the trace carrier off a job's data; the rest is the payload the handler validates. */
export function splitTrace(data: unknown): { carrier: Record<string, string>; data: unknown } {
  if (typeof data !== 'object' || data === null || !(TRACE_KEY in data)) {
    return { carrier: {}, data };
  }
  const { [TRACE_KEY]: carrier, ...rest } = data as Record<string, unknown>;
  return {
    carrier: typeof carrier === 'object' && carrier !== null ? (carrier as Record<string, string>) : {},
    data: rest,
  };
}
