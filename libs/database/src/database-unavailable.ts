import { Injectable } from '@nestjs/common';
import { ProblemException, RateLimitedLog, TranslatesErrors, type ErrorTranslator } from '@groundwork/http';

/**
 * SQLSTATE codes and classes meaning "the database cannot serve right now", not "this request is
 * wrong": connection exceptions (08), insufficient resources (53), operator intervention (57:
 * shutdown, cannot connect now, statement timeout).
 */
const UNAVAILABLE_CLASSES = ['08', '53'];
const UNAVAILABLE_CODES = ['57014', '57P01', '57P02', '57P03', '57P05'];
/** Socket-level failures on the way to the server. */
const NETWORK_CODES = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'];
/** What pg and pg-pool say when the connection is gone or never came (they set no code). */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout expired',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

/** Seconds clients are asked to wait before retrying. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_TYPE = 'urn:groundwork:problem:database-unavailable';

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** The error, the driver error TypeORM wrapped, and their causes. Not `instanceof Error`: socket errors may come from another realm. */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
    const inner = current as ErrorLike;
    chain.push(inner);
    current = inner.driverError ?? inner.cause;
  }
  return chain;
}

/** True for errors that say the database is down, unreachable, overloaded or too slow. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(({ code, message }) => {
    if (typeof code === 'string') {
      if (UNAVAILABLE_CODES.includes(code) || NETWORK_CODES.includes(code)) {
        return true;
      }
      if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) {
        return true;
      }
    }
    return typeof message === 'string' && DRIVER_MESSAGES.some((text) => message.startsWith(text));
  });
}

/** One warning per interval for the whole process, however many requests and queries fail. */
export const databaseOutageLog = new RateLimitedLog('Database');

const messageOf = (error: unknown): string => {
  const message = (error as ErrorLike | null)?.message;
  return typeof message === 'string' ? message : String(error);
};

/** A database outage answers 503 with Retry-After, logged once per interval, never as a 500 with a stack. */
@Injectable()
@TranslatesErrors()
export class DatabaseUnavailableTranslator implements ErrorTranslator {
  translate(error: unknown): ProblemException | undefined {
    if (!isDatabaseUnavailable(error)) {
      return undefined;
    }
    databaseOutageLog.warn(`Database unavailable: ${messageOf(error)}`, { event: 'database.unavailable' });
    return new ProblemException(503, 'The database is unavailable; retry shortly', {
      type: DATABASE_UNAVAILABLE_TYPE,
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    });
  }
}
