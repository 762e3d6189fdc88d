import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type * as AppEntry from '../../apps/api/src/create-app.js';
import { HttpClient, type TestResponse } from './http-client.js';
import type { ReceivedMail, SmtpSink } from './smtp-sink.js';
import { testEnv, type TestApp } from './test-app.js';

export const API = '/api/v1';

/** Long and uncommon: passes the password policy. */
export const PASSWORD = 'correct horse battery staple 7';

/** Limits high enough that only the throttling specs meet a 429 (every suite calls from 127.0.0.1). */
export const UNTHROTTLED = { THROTTLE_LIMIT: '1000000', THROTTLE_AUTH_LIMIT: '100000' } as const;

/** A signed-in user as the API handed them out. */
export interface SignedIn {
  userId: string;
  sessionId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

let counter = 0;

/** Unique across suites running in parallel, readable in failure messages. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${counter}-${randomBytes(4).toString('hex')}@example.com`;
}

/** A unique, valid sign-up body (email, password that passes the policy, name). */
export function newCredentials(label = 'user'): { email: string; password: string; name: string } {
  const email = uniqueEmail(label);
  return { email, password: `pw-${email.split('@')[0] ?? ''}-Correct-Horse`, name: `Test ${label}` };
}

function expectStatus(response: TestResponse, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${response.text}`);
  }
}

function signedIn(body: { accessToken: string; refreshToken: string }, email: string, password: string): SignedIn {
  const claims = jwt.decode(body.accessToken) as { sub: string; sid: string };
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    email,
    password,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
  };
}

export async function registerUser(
  http: HttpClient,
  overrides: { email?: string; password?: string; name?: string; headers?: Record<string, string> } = {},
): Promise<SignedIn> {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? PASSWORD;
  const response = await http.post(`${API}/auth/register`, {
    body: { email, password, name: overrides.name ?? 'Test User' },
    headers: overrides.headers,
  });
  expectStatus(response, 201, `register ${email}`);
  return signedIn(response.body, email, password);
}

export async function loginAs(
  http: HttpClient,
  email: string,
  password: string = PASSWORD,
  headers?: Record<string, string>,
): Promise<SignedIn> {
  const response = await http.post(`${API}/auth/login`, { body: { email, password }, headers });
  expectStatus(response, 200, `login ${email}`);
  return signedIn(response.body, email, password);
}

/** Runs SQL on the suite's database (a short-lived connection: the suite's drop forces them off). */
export async function sql<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Registers, promotes in the database (the way to a first admin besides the CLI), and signs in again. */
export async function createAdmin(testApp: Pick<TestApp, 'http' | 'databaseUrl'>): Promise<SignedIn> {
  const user = await registerUser(testApp.http, { email: uniqueEmail('admin') });
  await sql(testApp.databaseUrl, `UPDATE users SET role = 'admin' WHERE id = $1`, [user.userId]);
  return loginAs(testApp.http, user.email, user.password);
}

/** The token of the first link to `path` in the newest mail to `to`. */
export async function mailedToken(sink: SmtpSink, to: string, path: string, after = 0): Promise<string> {
  const mail: ReceivedMail = await sink.waitFor(
    (m) => m.to.includes(to) && m.text.includes(path) && sink.messages.indexOf(m) >= after,
  );
  const token = sink.linkFrom(mail, path).searchParams.get('token');
  if (token === null) {
    throw new Error(`The ${path} link in "${mail.subject}" has no token`);
  }
  return token;
}

export function decodeClaims(token: string): Record<string, unknown> {
  return jwt.decode(token) as Record<string, unknown>;
}

// --- more instances and Redis ------------------------------------------------------------------

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers at REDIS_URL; suites needing one skip themselves otherwise (CI must set TEST_REDIS_URL). */
export async function redisAvailable(url = REDIS_URL): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 500,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface Instance {
  app: NestFastifyApplication;
  http: HttpClient;
  close(): Promise<void>;
}

/**
 * Another instance of the built app on an existing database (e.g. a TestApp's), as a second
 * replica behind a load balancer would be. Pass the same JWT_SECRET to share tokens.
 */
export async function startInstance(databaseUrl: string, env: Record<string, string | undefined>): Promise<Instance> {
  await import('@nestjs/common');
  await import('@nestjs/core');
  const entry = new URL('../../dist/apps/api/src/create-app.js', import.meta.url).href;
  const { createApp } = (await import(entry)) as typeof AppEntry;
  const app = await createApp({ overrides: testEnv({ DATABASE_URL: databaseUrl, ...env }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const http = new HttpClient((await app.getUrl()).replace('[::1]', '127.0.0.1'));
  await http.loadContract();
  return { app, http, close: () => app.close() };
}
