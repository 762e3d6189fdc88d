import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@groundwork/config';

/** Anything that could carry a secret is removed from every log line. */
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
 * nestjs-pino binds a child logger with the request id to each request, so every line the app
 * logs while serving it carries that id. The one completion line per request is written by
 * the HTTP platform's onResponse hook, where the route pattern and timing are known.
 */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.log.level,
      autoLogging: false,
      quietReqLogger: true,
      genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id?: string }).id ?? 'unknown',
      customAttributeKeys: { reqId: 'requestId' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        req: (request: { method?: string; url?: string }) => ({
          method: request.method,
          url: request.url?.split('?')[0],
        }),
        res: (response: { statusCode?: number }) => ({
          statusCode: response.statusCode,
        }),
      },
      transport: config.log.pretty
        ? {
            target: 'pino-pretty',
            options: {
              singleLine: true,
              translateTime: 'SYS:HH:MM:ss.l',
              ignore: 'pid,hostname',
            },
          }
        : undefined,
    },
  };
}
