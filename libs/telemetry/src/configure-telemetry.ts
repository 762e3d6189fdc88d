import type { NestApplicationOptions } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { AppConfig } from '@groundwork/config';
import { recordHttpMetrics } from './metrics/http-metrics.js';
import { METRICS_PATH } from './metrics/metrics-endpoint.js';
import { Metrics } from './metrics/metrics.service.js';
import { MetricsCollection } from './telemetry.module.js';
import { traceInstance } from './tracing/instance-tracing.js';
import { tracingStarted } from './tracing/start-tracing.js';

/** NestFactory.create's `instrument` option: Nest-level spans when tracing runs, nothing otherwise. */
export function nestInstrumentation(): NestApplicationOptions['instrument'] {
  return tracingStarted() ? { instanceDecorator: traceInstance } : undefined;
}

/**
 * The per-request part of telemetry, decided once per app: the server span named after the route
 * template, request metrics, and /metrics on the main port when it is protected by a token.
 */
export function configureTelemetry(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  if (tracingStarted()) {
    fastify.addHook('onRequest', (request, _reply, done) => {
      const rpc = getRPCMetadata(context.active());
      if (rpc?.type === RPCType.HTTP && request.routeOptions.url !== undefined) {
        rpc.route = request.routeOptions.url;
      }
      done();
    });
  }
  const { enabled, port, token } = config.telemetry.metrics;
  if (!enabled) {
    return;
  }
  recordHttpMetrics(fastify, app.get(Metrics), (route) => route === METRICS_PATH);
  if (port === undefined && token !== undefined) {
    const endpoint = app.get(MetricsCollection).endpoint;
    fastify.get(METRICS_PATH, async (request, reply) => {
      const result = await endpoint.scrape(request.headers.authorization, request.headers.accept);
      return reply.status(result.status).headers(result.headers).send(result.body);
    });
  }
}
