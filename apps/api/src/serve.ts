import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig, ConfigError } from '@groundwork/config';
import { ShutdownState } from '@groundwork/health';
import type { Tracing } from '@groundwork/telemetry';
import { createApp } from './create-app.js';

async function bootstrap(tracing: Tracing | undefined): Promise<void> {
  const startedAt = performance.now();
  const app = await createApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = new Logger('Bootstrap');
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.log(
    `Listening on ${await app.getUrl()} (${config.env}, ready in ${Math.round(performance.now() - startedAt)} ms); docs at /docs`,
  );

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    const state = app.get(ShutdownState);
    const { shutdownDrainDelayMs: drainMs, shutdownTimeoutMs: timeoutMs } = config.http;
    // Readiness turns 503 now; the listener keeps serving until load balancers have noticed (preStop).
    state.begin();
    logger.log(`${signal} received: readiness is 503, serving for ${drainMs} ms more, then draining`);
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${drainMs + timeoutMs} ms; exiting`);
      process.exit(1);
    }, drainMs + timeoutMs);
    timer.unref();
    setTimeout(() => {
      state.close();
      // The listener first, waiting for in-flight requests; only then Nest's shutdown hooks, which
      // tear down what those requests still use (app.close() alone runs the hooks first).
      const listener: FastifyInstance = app.getHttpAdapter().getInstance();
      listener
        .close()
        .then(() => app.close())
        // Spans still buffered (the last requests') are flushed before the process ends.
        .then(() => tracing?.shutdown())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error(`Shutdown failed: ${String(error)}`);
            process.exit(1);
          },
        );
    }, drainMs);
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** Ends a process that failed to start with 1: a configuration problem in its own words, anything else with its stack. */
export function exitOnStartFailure(label: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  };
}

/** Listens until SIGTERM/SIGINT, then drains; a failure to start ends the process with 1. */
export function serve(tracing: Tracing | undefined): void {
  bootstrap(tracing).catch(exitOnStartFailure('Failed to start'));
}
