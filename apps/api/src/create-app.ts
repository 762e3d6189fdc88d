import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig, type AppConfigOptions, loadAppConfig } from '@groundwork/config';
import {
  buildOpenApiDocument,
  configureHttp,
  configureRouting,
  createFastifyAdapter,
  serveOpenApiDocs,
} from '@groundwork/http';
import { AppModule } from './app.module.js';

export interface CreateAppOptions extends AppConfigOptions {
  /** Build the module graph without instantiating providers (OpenAPI export: no database). */
  preview?: boolean;
}

/** Builds the API exactly as production runs it, without listening; main.ts and the tests share it. */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // Validated here first so Fastify's options (body limit, proxy) come from the same checked values.
  const bootConfig = loadAppConfig({ ...process.env, ...options.overrides });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    createFastifyAdapter(bootConfig),
    {
      bufferLogs: !options.preview,
      abortOnError: false,
      preview: options.preview ?? false,
    },
  );
  if (options.preview) {
    configureRouting(app);
    return app;
  }
  app.useLogger(app.get(Logger));
  const config = app.get<AppConfig>(APP_CONFIG);
  configureHttp(app, config);
  if (config.http.docsEnabled) serveOpenApiDocs(app, buildOpenApiDocument(app));
  await app.init();
  return app;
}
