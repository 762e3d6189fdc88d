import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { HttpClient } from './http-client.js';
import type { TestApp } from './test-app.js';

export interface Account {
  id: string;
  email: string;
  password: string;
  name: string;
  accessToken: string;
  refreshToken: string;
}

let counter = 0;

/** A unique, valid sign-up; emails never collide across suites running in parallel. */
export function newCredentials(prefix = 'user'): { email: string; password: string; name: string } {
  counter += 1;
  const tag = `${randomBytes(4).toString('hex')}${counter}`;
  return { email: `${prefix}.${tag}@example.com`, password: `pw-${tag}-Correct-Horse`, name: `Test ${prefix} ${tag}` };
}

export async function registerUser(http: HttpClient, prefix = 'user'): Promise<Account> {
  const credentials = newCredentials(prefix);
  const response = await http.post('/api/v1/auth/register', { body: credentials });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${response.text}`);
  }
  return {
    ...credentials,
    id: response.body.user.id,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
  };
}

export async function login(http: HttpClient, email: string, password: string): Promise<Account> {
  const response = await http.post('/api/v1/auth/login', { body: { email, password } });
  if (response.status !== 200) {
    throw new Error(`login failed: ${response.status} ${response.text}`);
  }
  return {
    email,
    password,
    name: response.body.user.name,
    id: response.body.user.id,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
  };
}

/** Runs SQL on the suite's own database (for setup the API deliberately does not offer). */
export async function sql<T = unknown>(t: TestApp, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** An admin: registered through the API, promoted in the database (as `create-admin` does), signed in again. */
export async function createAdmin(t: TestApp): Promise<Account> {
  const account = await registerUser(t.http, 'admin');
  await sql(t, `UPDATE users SET role = 'admin' WHERE id = $1`, [account.id]);
  return login(t.http, account.email, account.password);
}
