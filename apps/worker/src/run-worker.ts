import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfigModule, type AppConfig, ConfigError } from '@groundwork/config';
import { HealthService, ShutdownState } from '@groundwork/health';
import { JobsEngine } from '@groundwork/jobs';
import { nestInstrumentation, type Tracing } from '@groundwork/telemetry';
import { startHealthServer, serverPort } from './health-server.js';
import { WorkerModule } from './worker.module.js';
import { exitOnStartFailure } from '../../api/src/index.js';

async function bootstrap(tracing: Tracing | undefined): Promise<void> {
  const startedAt = performance.now();
  const configModule = AppConfigModule.forRoot();
  if (configModule.config.database.url === undefined) {
    // The embedded server belongs to the one process that started it (the API, which runs jobs inline).
    throw new ConfigError([
      'DATABASE_URL: the worker needs a PostgreSQL server; on the embedded default the API runs jobs itself (JOBS_MODE=inline)',
    ]);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(configModule), {
    bufferLogs: true,
    abortOnError: false,
    // With tracing on, the handlers and the providers they call get spans inside each job's span.
    instrument: nestInstrumentation(),
  });
  app.useLogger(app.get(Logger));
  await app.init();
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = new NestLogger('Worker');
  const shutdownState = app.get(ShutdownState);
  const health = app.get(HealthService);
  const engine = app.get(JobsEngine);
  const server = await startHealthServer(
    {
      ready: async () => {
        await health.readiness();
        if (!engine.isRunning) {
          throw new Error('Not ready: the job engine is stopped');
        }
      },
    },
    config.http.host,
    config.jobs.workerPort,
  );
  logger.log(
    `Worker running (${config.env}, ready in ${Math.round(performance.now() - startedAt)} ms); health on ${config.http.host}:${serverPort(server)}`,
  );

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.log(`${signal} received: letting running jobs finish`);
    shutdownState.begin();
    // The job engine gets SHUTDOWN_TIMEOUT_MS; this is the backstop if closing hangs past it.
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.http.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.http.shutdownTimeoutMs + 5_000);
    timer.unref();
    app
      .close()
      .then(() => new Promise<void>((resolve) => server.close(() => resolve())))
      // Spans still buffered (the last jobs') are flushed before the process ends.
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

/** Runs jobs until SIGTERM/SIGINT, then drains; a failure to start ends the process with 1. */
export function runWorker(tracing: Tracing | undefined): void {
  bootstrap(tracing).catch(exitOnStartFailure('Worker failed to start'));
}
