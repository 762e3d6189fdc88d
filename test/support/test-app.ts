import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type * as AppEntry from '../../apps/api/src/create-app.js';
import { createSuiteDatabase, type DatabaseTarget } from './databases.js';
import { HttpClient } from './http-client.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: HttpClient;
  baseUrl: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The built app (dist/), exactly what `npm start` runs, with the Swagger plugin's metadata. */
async function loadBuiltApp(): Promise<typeof AppEntry> {
  // Jest runs CommonJS packages (such as @nestjs/throttler) while it is still linking the ES module
  // graph; their require() of NestJS's ES modules only works once those have been evaluated.
  await import('@nestjs/common');
  await import('@nestjs/core');
  const entry = new URL('../../dist/apps/api/src/create-app.js', import.meta.url).href;
  return (await import(entry)) as typeof AppEntry;
}

export function testEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOG_PRETTY: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_MIGRATE_ON_START: 'true',
    // Suites sign in many times from one IP; the throttling specs set their own limits.
    THROTTLE_AUTH_LIMIT: '100000',
    REDIS_URL: undefined,
    SMTP_URL: undefined,
    // Jobs wake on NOTIFY; a short poll and retry delay keep the suites that wait on them quick.
    JOBS_POLL_INTERVAL_MS: '500',
    JOBS_CONCURRENCY: '2',
    MAIL_RETRY_DELAY_SECONDS: '1',
    ...extra,
  };
}

export interface TestAppOptions {
  /**
   * Read the served document into `http`, so every response is checked against it (the default).
   * Off for an app that serves none (DOCS_ENABLED=false).
   */
  contract?: boolean;
}

/**
 * The one way a spec boots the app in-process: the built app (dist/) listening on a free port.
 * On a database target it gets a fresh database, dropped on close; on `{ databaseUrl }` it is one
 * more instance on an existing app's database (as a second replica would be: pass the same
 * JWT_SECRET to share tokens), and close() leaves that database alone.
 */
export async function startTestApp(
  on: DatabaseTarget | { databaseUrl: string },
  env: Record<string, string | undefined> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database =
    'databaseUrl' in on ? { url: on.databaseUrl, drop: () => Promise.resolve() } : await createSuiteDatabase(on);
  const { createApp } = await loadBuiltApp();
  const app = await createApp({
    overrides: testEnv({ DATABASE_URL: database.url, ...env }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const http = new HttpClient(baseUrl);
  if (options.contract !== false) {
    await http.loadContract();
  }
  return {
    app,
    http,
    baseUrl,
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
