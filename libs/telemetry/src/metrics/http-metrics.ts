import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics.service.js';
import { PLATFORM_METRICS } from './platform-metrics.js';

/** Label value for requests no route matched (404s, probes of random paths): one series for all. */
export const UNMATCHED_ROUTE = '(unmatched)';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];

/** The route template Fastify matched, never the raw URL, so label values stay bounded. */
export function routeTemplate(request: { routeOptions: { url?: string } }): string {
  return request.routeOptions.url ?? UNMATCHED_ROUTE;
}

/**
 * Request duration and in-flight count from two Fastify hooks: label values are bounded (known
 * methods, route templates, status classes), and `skip` leaves out the scrapes themselves.
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: Metrics, skip: (route: string) => boolean): void {
  const duration = metrics.histogram(PLATFORM_METRICS.httpDuration);
  const active = metrics.gauge(PLATFORM_METRICS.httpActive);
  // A client that hangs up before the answer ends its request without onResponse: whichever of the
  // two hooks comes first takes it off the in-flight count, exactly once.
  const inFlight = new WeakSet<object>();
  const finish = (request: object): void => {
    if (inFlight.delete(request)) {
      active.dec();
    }
  };
  fastify.addHook('onRequest', (request, _reply, done) => {
    inFlight.add(request);
    active.inc();
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    finish(request);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    finish(request);
    const route = routeTemplate(request);
    if (!skip(route)) {
      duration.observe(
        {
          method: METHODS.has(request.method) ? request.method : 'OTHER',
          route,
          status_class: STATUS_CLASSES[Math.floor(reply.statusCode / 100) - 1] ?? 'other',
        },
        reply.elapsedTime / 1_000,
      );
    }
    done();
  });
}
