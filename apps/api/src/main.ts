import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, ConfigError } from '@groundwork/config';
import { ShutdownState } from '@groundwork/health';
import { createApp } from './create-app.js';

async function bootstrap(): Promise<void> {
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
    logger.log(`${signal} received: draining in-flight requests`);
    app.get(ShutdownState).begin();
    const timer = setTimeout(() => {
      logger.error(`Shutdown took longer than ${config.http.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.http.shutdownTimeoutMs);
    timer.unref();
    app.close().then(
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

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
