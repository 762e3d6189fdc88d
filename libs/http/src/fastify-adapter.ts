import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { AppConfig } from '@groundwork/config';
import { clientErrorHandler, frameworkErrorHandler } from './errors/pre-routing-errors.js';
import { requestIdFor } from './security/request-id.js';
import { apiHeaders } from './security/security-headers.js';

/** Fastify with the body limit, timeouts, proxy trust and request ids decided by config. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  const headers = apiHeaders();
  const requestTimeout = config.http.requestTimeoutMs;
  return new FastifyAdapter({
    bodyLimit: config.http.bodyLimit,
    trustProxy: config.http.trustProxy,
    requestIdHeader: false,
    genReqId: requestIdFor,
    // A whole request (headers and body) must arrive within this; Node then answers 408 through
    // clientErrorHandler. Node checks every connectionsCheckingInterval, 30 s unless told.
    requestTimeout,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    http: {
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(requestTimeout / 4))),
    },
    // Answers Fastify and Node give before any route runs, in the one error format.
    clientErrorHandler: clientErrorHandler(headers),
    frameworkErrors: frameworkErrorHandler(headers),
    // A request arriving while the listener closes is served (the app is whole until it has closed), not refused.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Long path parameters reach the route's own validation (a 400 in the one error format)
    // instead of Fastify's bare 414; the request line itself is bounded by Node's header limit.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16_384 },
  });
}
