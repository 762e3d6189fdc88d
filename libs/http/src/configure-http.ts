import { type INestApplication, RequestMethod, VersioningType } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { requestContext } from './logging/request-context.js';
import { queryStringProblem, useSafeJsonParser } from './parsing/json-body.js';
import type { AppConfig } from '@groundwork/config';
import { apiHeaders, docsHeaders } from './security/security-headers.js';

export const API_PREFIX = 'api';
export const DOCS_PATH = 'docs';
/** Served outside /api/v1: probes and documentation. */
export const UNVERSIONED_PATHS = ['health/live', 'health/ready'];

/** Routes live under /api/v1 (URI versioning); probes and docs stay outside. */
export function configureRouting(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: UNVERSIONED_PATHS.map((path) => ({
      path,
      method: RequestMethod.GET,
    })),
  });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
}

/**
 * Everything about HTTP that is decided once per app: prefix and versioning, CORS, security
 * headers, request ids on responses, and the one log line per request.
 */
export function configureHttp(app: NestFastifyApplication, config: AppConfig): void {
  configureRouting(app);
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'idempotency-key'],
    exposedHeaders: [
      'x-request-id',
      'idempotency-replayed',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
    ],
    maxAge: 600,
  });

  const api = apiHeaders();
  const docs = docsHeaders();
  const docsPrefix = `/${DOCS_PATH}`;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  const limits = config.http.limits;
  useSafeJsonParser(fastify, limits);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(request.url.startsWith(docsPrefix) ? docs : api).header('x-request-id', request.id);
    // Refused before the body is read.
    const problem = queryStringProblem(request.url, limits.queryParams);
    requestContext.run(request.id, () => {
      done(problem);
    });
  });
  // Its fields are fixed and carry no secret (route pattern, not URL), so it skips redaction.
  let requestLog: Logger | undefined;
  fastify.addHook('onResponse', (request, reply, done) => {
    requestLog ??= PinoLogger.root.child({}, { redact: { paths: [], censor: '' } });
    const status = reply.statusCode;
    const line = {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? '(unmatched)',
      status,
      durationMs: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (status >= 500) {
      requestLog.error(line, 'request failed');
    } else {
      requestLog.info(line, 'request completed');
    }
    done();
  });
}
