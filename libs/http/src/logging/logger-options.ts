import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@groundwork/config';
import { logContextMixin } from './request-context.js';
import { turnBatchedStdout } from './turn-batched-stdout.js';

/** Anything that could carry a secret is removed from every log line the app writes. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
];

/**
 * nestjs-pino provides the app's logger. Its per-request middleware (a pino-http child logger
 * per request) is not used: the request id comes from the request context through a mixin, and
 * the one completion line per request is written by the HTTP platform's onResponse hook.
 */
export function loggerParams(config: AppConfig): Params {
  const options = {
    level: config.log.level,
    mixin: logContextMixin,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (config.log.pretty) {
    return {
      forRoutes: [],
      pinoHttp: {
        ...options,
        transport: {
          target: 'pino-pretty',
          options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
        },
      },
    };
  }
  return { forRoutes: [], pinoHttp: [options, turnBatchedStdout()] };
}
