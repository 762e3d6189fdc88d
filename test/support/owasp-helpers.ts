import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { uniqueEmail } from './accounts.js';
import { registeredFixtures } from './fixtures.js';
import type { HttpClient, RequestOptions, TestResponse } from './http-client.js';
import type { TestApp } from './test-app.js';

// Accounts, sign-in and the throttling preset, re-exported so a spec has one import.
export { API, createAdmin, loginAs, registerUser, type SignedIn, uniqueEmail } from './accounts.js';
export { UNTHROTTLED } from './throttling.js';

/**
 * For hooks that boot or stop an app, and tests that hash several passwords: jest.config's
 * per-project testTimeout is not applied (Jest reads it from the global config only), so 5 s rules.
 */
export const BOOT_TIMEOUT = 60_000;
export const SLOW_TEST = 30_000;

/** A fixed 64-character secret, so specs can sign tokens the app accepts (and forge ones it must not). */
export const KNOWN_JWT_SECRET = 'owasp-spec-secret-'.padEnd(64, 'x');

// --- database ----------------------------------------------------------------------------------

export interface Db {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A small pool on the suite's database; close it before the app (the drop forces connections off). */
export function openDb(databaseUrl: string): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    close: () => pool.end(),
  };
}

/**
 * A digest of every table the app's migrations created (so every registered feature's), minus the
 * columns fixtures declare volatile (a session's last use, which reads touch). Equal digests before
 * and after = nothing changed.
 */
export async function stateDigest(db: Db, options: { ignorePasswordResetTokens?: boolean } = {}): Promise<string> {
  const volatile = new Map<string, Set<string>>();
  for (const fixture of await registeredFixtures()) {
    for (const [table, columns] of Object.entries(fixture.volatileColumns ?? {})) {
      volatile.set(table, new Set([...(volatile.get(table) ?? []), ...columns]));
    }
  }
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name, ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of columns) {
    if (!volatile.get(table)?.has(column)) {
      tables.set(table, [...(tables.get(table) ?? []), `"${column}"`]);
    }
  }
  const hash = createHash('sha256');
  for (const [table, names] of tables) {
    // "forgot" answers 202 at once and issues the reset token afterwards: that write may land anywhere.
    const filter =
      options.ignorePasswordResetTokens && table === 'one_time_tokens' ? `WHERE purpose <> 'password-reset'` : '';
    const rows = await db.query<{ row: string }>(
      `SELECT row::text FROM (SELECT ${names.join(', ')} FROM "${table}" ${filter}) AS row ORDER BY 1`,
    );
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}

// --- tokens ------------------------------------------------------------------------------------

export interface ClaimsOverride {
  sub?: string;
  sid?: string;
  role?: string;
  [claim: string]: unknown;
}

/**
 * Signs with HS256 like the app does, with whatever secret, lifetime, issuer and audience the
 * attack needs; null leaves a claim out.
 */
export function signAccessToken(
  claims: ClaimsOverride,
  options: {
    secret?: string;
    expiresIn?: number;
    issuer?: string | null;
    audience?: string | null;
    notBefore?: number;
  } = {},
): string {
  const signOptions: jwt.SignOptions = { algorithm: 'HS256', expiresIn: options.expiresIn ?? 900 };
  if (options.issuer !== null) {
    signOptions.issuer = options.issuer ?? 'groundwork';
  }
  if (options.audience !== null) {
    signOptions.audience = options.audience ?? 'groundwork-api';
  }
  if (options.notBefore !== undefined) {
    signOptions.notBefore = options.notBefore;
  }
  return jwt.sign(claims, options.secret ?? KNOWN_JWT_SECRET, signOptions);
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An "alg: none" token: no signature at all (the classic JWT bypass). */
export function unsignedToken(claims: object): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
}

/** The claims of a token the app issued, to re-sign them with a twist. */
export function claimsOf(token: string): Record<string, unknown> {
  return jwt.decode(token) as Record<string, unknown>;
}

// --- OpenAPI -----------------------------------------------------------------------------------

export type Schema = Record<string, any>;

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface ApiOperation {
  operationId?: string;
  parameters?: ApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

export interface ApiDocument {
  paths: Record<string, Record<string, ApiOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface OperationRef {
  method: string;
  path: string;
  /** "METHOD /path/{param}": how reports name an operation. */
  key: string;
  operation: ApiOperation;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export async function servedDocument(baseUrl: string): Promise<ApiDocument> {
  const response = await fetch(`${baseUrl}/docs-json`);
  if (!response.ok) {
    throw new Error(`/docs-json answered ${response.status}`);
  }
  return (await response.json()) as ApiDocument;
}

export function operationsOf(document: ApiDocument): OperationRef[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        operation,
      })),
  );
}

/** Follows local $refs (#/components/schemas/X) until a concrete schema. */
export function deref(document: ApiDocument, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref !== undefined && hops < 20; hops += 1) {
    const name = String(current.$ref).replace('#/components/schemas/', '');
    current = document.components?.schemas?.[name];
  }
  return current;
}

export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

export function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => encodeURIComponent(value(name)));
}

/** The operation's JSON request body schema, dereferenced, if it takes one. */
export function requestSchema(document: ApiDocument, operation: ApiOperation): Schema | undefined {
  return deref(document, operation.requestBody?.content['application/json']?.schema);
}

/** A valid value for a schema: its example, first enum value, or one built from format and bounds. */
export function sampleValue(document: ApiDocument, schema: Schema | undefined): unknown {
  const concrete = deref(document, schema) ?? {};
  if (concrete.example !== undefined) {
    return concrete.example;
  }
  if (Array.isArray(concrete.enum)) {
    return concrete.enum[0];
  }
  if (concrete.format === 'email') {
    return uniqueEmail('sample');
  }
  if (concrete.format === 'uuid') {
    return randomUUID();
  }
  if (concrete.format === 'date') {
    return '2030-01-31';
  }
  if (concrete.format === 'date-time') {
    return '2030-01-31T09:30:00.000Z';
  }
  switch (concrete.type) {
    case 'integer':
    case 'number':
      return concrete.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return sampleBody(document, concrete);
    default:
      return 'x'.repeat(Math.max(Number(concrete.minLength ?? 1), 1));
  }
}

/** A body that passes validation: every documented property with a sample value (fresh emails). */
export function sampleBody(document: ApiDocument, schema: Schema | undefined): Record<string, unknown> {
  const concrete = deref(document, schema) ?? {};
  const properties = (concrete.properties ?? {}) as Record<string, Schema>;
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => {
      const value = sampleValue(document, property);
      // Examples repeat; a fresh address avoids 409s between calls.
      return [name, deref(document, property)?.format === 'email' ? uniqueEmail('sample') : value];
    }),
  );
}

// --- the router --------------------------------------------------------------------------------

interface PrintableRouter {
  printRoutes(options: { commonPrefix: false }): string;
}

/**
 * Every "METHOD /path" in Fastify's router, from printRoutes' tree (Fastify 5 lists routes no other
 * way once they are registered). Leaf keys are path pieces; a line's depth is its indent / 4.
 */
export function registeredRoutes(app: TestApp['app']): { method: string; path: string }[] {
  const tree = (app.getHttpAdapter().getInstance() as unknown as PrintableRouter).printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)(?:├── |└── )?(\S+) \(([^)]+)\)/.exec(line);
    if (!match) {
      continue;
    }
    const [, indent = '', piece = '', methods = ''] = match;
    const branch = /├── |└── /.test(line);
    // A line without a branch mark repeats the node above with other constraints: same path.
    const depth = branch ? indent.length / 4 : indent.length / 4 - 1;
    if (branch) {
      stack.length = depth;
      stack[depth] = piece;
    }
    const path = stack.slice(0, depth + 1).join('');
    for (const method of methods.split(',').map((m) => m.trim())) {
      routes.push({ method, path });
    }
  }
  return routes;
}

// --- responses ---------------------------------------------------------------------------------

/** Every key of a JSON value, at any depth, with its path (items.0.email). */
export function keysDeep(value: unknown, prefix = ''): { key: string; path: string }[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => keysDeep(item, `${prefix}${index}.`));
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => [
    { key, path: `${prefix}${key}` },
    ...keysDeep(child, `${prefix}${key}.`),
  ]);
}

/** Signs that an error body says more than it should: stacks, file paths, SQL, driver or class names. */
export const INTERNALS =
  /\n\s+at |node_modules|\/work\/|dist\/|\.ts:\d|\.js:\d|QueryFailedError|TypeORM|typeorm|EntityNotFound|duplicate key|violates|SELECT |INSERT |UPDATE |pg_|argon2|\$argon2|stack|TypeError|ReferenceError|RangeError|SyntaxError: /;

export const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors'];

/** Runs work while collecting what anything in the process prints through console (TypeORM's logger does). */
export async function captureConsole<T>(work: () => Promise<T>): Promise<{ result: T; printed: string }> {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method].bind(console));
  const printed: string[] = [];
  for (const method of methods) {
    console[method] = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    };
  }
  try {
    const result = await work();
    return { result, printed: printed.join('\n') };
  } finally {
    methods.forEach((method, i) => {
      console[method] = originals[i]!;
    });
  }
}

/** Records every response an HttpClient gets, to walk them all afterwards. */
export function recordResponses(http: HttpClient): { method: string; path: string; response: TestResponse }[] {
  const log: { method: string; path: string; response: TestResponse }[] = [];
  const original = http.request.bind(http);
  http.request = async <T>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>> => {
    const response = await original<T>(method, path, options);
    log.push({ method, path, response });
    return response;
  };
  return log;
}

// --- network -----------------------------------------------------------------------------------

/** A port nothing listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A request through node:http, for what fetch refuses to send (a forged Host header) or to
 * inspect exactly what comes back.
 */
export function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(options.path, baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method,
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Milliseconds a call takes, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}
