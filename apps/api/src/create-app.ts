import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfigModule, type AppConfigOptions } from '@groundwork/config';
import {
  buildOpenApiDocument,
  configureHttp,
  configureRouting,
  createFastifyAdapter,
  serveOpenApiDocs,
} from '@groundwork/http';
import { configureTelemetry, nestInstrumentation } from '@groundwork/telemetry';
import { AppModule } from './app.module.js';

export interface CreateAppOptions extends AppConfigOptions {
  /** Build the module graph without instantiating providers (OpenAPI export: no database). */
  preview?: boolean;
}

/** Builds the API exactly as production runs it, without listening; main.ts and the tests share it. */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // Validated once, before Nest starts, because Fastify's options (body limit, proxy) come from it.
  const configModule = AppConfigModule.forRoot(options);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(configModule),
    createFastifyAdapter(configModule.config),
    {
      bufferLogs: !options.preview,
      // Fastify's own JSON parser (with prototype-poisoning protection) is the only one: the API
      // speaks JSON, so forms and other media types get 415.
      bodyParser: false,
      abortOnError: false,
      preview: options.preview ?? false,
      // Spans for guards, controllers and providers when tracing runs (Nest 12's own hook).
      instrument: nestInstrumentation(),
    },
  );
  if (options.preview) {
    configureRouting(app);
    return app;
  }
  app.useLogger(app.get(Logger));
  const config = configModule.config;
  configureHttp(app, config);
  configureTelemetry(app, config);
  if (config.http.docsEnabled) {
    serveOpenApiDocs(app, buildOpenApiDocument(app, config.http.limits));
  }
  await app.init();
  return app;
}
