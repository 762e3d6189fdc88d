import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { sql } from './databases.js';
import type { HttpClient, TestResponse } from './http-client.js';
import type { TestApp } from './test-app.js';

export const API = '/api/v1';

/** Long and uncommon: passes the password policy. */
export const PASSWORD = 'correct horse battery staple 7';

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

/** Registers, promotes in the database (the way to a first admin besides the CLI), and signs in again. */
export async function createAdmin(testApp: Pick<TestApp, 'http' | 'databaseUrl'>): Promise<SignedIn> {
  const user = await registerUser(testApp.http, { email: uniqueEmail('admin') });
  await sql(testApp.databaseUrl, `UPDATE users SET role = 'admin' WHERE id = $1`, [user.userId]);
  return loginAs(testApp.http, user.email, user.password);
}
