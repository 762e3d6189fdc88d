import type * as Config from '../../libs/config/src/index.js';
import { databaseTargets } from '../support/databases.js';
import type { TestResponse } from '../support/http-client.js';
import {
  API,
  BOOT_TIMEOUT,
  captureConsole,
  createAdmin,
  type Db,
  INTERNALS,
  openDb,
  PROBLEM_KEYS,
  rawRequest,
  registerUser,
  type SignedIn,
  uniqueEmail,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API8:2023 Security Misconfiguration: headers, CORS, what errors give away, the docs switch, and
// configuration that must refuse to start in production.

const ALLOWED_ORIGIN = 'https://app.example';

function expectApiHeaders(response: TestResponse, what: string): void {
  const header = (name: string) => ({ what, [name]: response.headers.get(name) });
  expect(header('content-security-policy')).toEqual({
    what,
    'content-security-policy': expect.stringContaining("default-src 'none'"),
  });
  expect(header('content-security-policy')).toEqual({
    what,
    'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
  });
  expect(header('x-content-type-options')).toEqual({ what, 'x-content-type-options': 'nosniff' });
  expect(header('strict-transport-security')).toEqual({
    what,
    'strict-transport-security': expect.stringMatching(/max-age=\d{6,}/),
  });
  expect(header('x-frame-options')).toEqual({ what, 'x-frame-options': expect.stringMatching(/^(DENY|SAMEORIGIN)$/) });
  expect(header('referrer-policy')).toEqual({ what, 'referrer-policy': 'no-referrer' });
  expect(header('x-powered-by')).toEqual({ what, 'x-powered-by': null });
  expect(header('server')).toEqual({ what, server: null });
  expect(header('x-request-id')).toEqual({ what, 'x-request-id': expect.any(String) });
}

/** problem+json with the documented members only, and nothing about how the server is built. */
function expectBareProblem(response: TestResponse, status: number, what: string): void {
  expect({ what, status: response.status }).toEqual({ what, status });
  expect({ what, type: response.headers.get('content-type') }).toEqual({
    what,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect({ what, keys: Object.keys(response.body).filter((k) => !PROBLEM_KEYS.includes(k)) }).toEqual({
    what,
    keys: [],
  });
  expect({ what, status: response.body.status, requestId: response.body.requestId }).toEqual({
    what,
    status,
    requestId: response.headers.get('x-request-id'),
  });
  expect({ what, internals: response.text.match(INTERNALS)?.[0] ?? null }).toEqual({ what, internals: null });
  expect({ what, fastifyCode: /FST_|ERR_/.test(response.text) }).toEqual({ what, fastifyCode: false });
}

describe.each(databaseTargets())('API8 security misconfiguration on $name', (target) => {
  let t: TestApp;
  let db: Db;
  let user: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, { ...UNTHROTTLED, CORS_ORIGINS: ALLOWED_ORIGIN, BODY_LIMIT: '16kb' });
    db = openDb(t.databaseUrl);
    [user, admin] = await Promise.all([registerUser(t.http), createAdmin(t)]);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await db.close();
    await t.close();
  }, BOOT_TIMEOUT);

  it('sends the security headers on answers, refusals and errors alike', async () => {
    expectApiHeaders(await t.http.get('/health/live'), 'probe');
    expectApiHeaders(await t.http.get(`${API}/users/me`, { token: user.accessToken }), '200');
    expectApiHeaders(await t.http.get(`${API}/users/me`), '401');
    expectApiHeaders(await t.http.get(`${API}/nowhere`), '404');
    expectApiHeaders(await t.http.post(`${API}/auth/login`, { body: {} }), '400');
  });

  it('keeps the docs locked down too: own scripts only, no framing', async () => {
    const ui = await t.http.get('/docs', { unchecked: true });
    expect(ui.status).toBe(200);
    const csp = ui.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const json = await t.http.get('/docs-json', { unchecked: true });
    expect(json.headers.get('x-content-type-options')).toBe('nosniff');
    expect(json.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps responses that carry tokens out of caches', async () => {
    const login = await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: user.password } });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('allows CORS for CORS_ORIGINS only, never for any origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.baseUrl}${API}/users/me`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    for (const origin of ['https://evil.example', 'null', 'https://app.example.evil.example', 'http://app.example']) {
      const refused = await preflight(origin);
      expect({ origin, allow: refused.headers.get('access-control-allow-origin') }).toEqual({ origin, allow: null });
    }
    const simple = await fetch(`${t.baseUrl}/health/live`, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    const real = await fetch(`${t.baseUrl}/health/live`, { headers: { origin: ALLOWED_ORIGIN } });
    expect(real.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it('says nothing about its internals in error bodies', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: [string, number, Promise<TestResponse>][] = [
      ['validation', 400, t.http.post(`${API}/auth/register`, { body: { email: 'nope', password: 1, name: [] } })],
      ['not found', 404, t.http.get(`${API}/files/..%2f..%2fetc%2fpasswd`)],
      ['unknown method', 405, t.http.put(`${API}/users/me`, { token: user.accessToken, body: {} })],
      [
        'media type',
        415,
        t.http.post(`${API}/auth/login`, { rawBody: '<xml/>', headers: { 'content-type': 'application/xml' } }),
      ],
      ['malformed JSON', 400, t.http.post(`${API}/auth/login`, { rawBody: '{"email": "a@b.c",', headers: json })],
      ['empty JSON', 400, t.http.post(`${API}/auth/login`, { rawBody: '', headers: json })],
      ['too large', 413, t.http.post(`${API}/auth/login`, { body: { email: 'a@b.co', password: 'x'.repeat(20_000) } })],
      ['bad uuid', 400, t.http.delete(`${API}/auth/sessions/not-a-uuid'--`, { token: user.accessToken })],
      ['bad token', 401, t.http.get(`${API}/users/me`, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.x' })],
      [
        'duplicate',
        409,
        t.http.post(`${API}/auth/register`, {
          body: { email: user.email, password: 'another password 77', name: 'D' },
        }),
      ],
    ];
    for (const [what, status, pending] of cases) {
      expectBareProblem(await pending, status, what);
    }
  });

  it('refuses other HTTP methods with 405, without echoing the request', async () => {
    const trace = await rawRequest(t.baseUrl, {
      method: 'TRACE',
      path: `${API}/users/me`,
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, HEAD, PATCH, DELETE');
    expect(trace.text).not.toContain(user.accessToken);
  });

  it('answers an overlong path parameter in the one error format too', async () => {
    // Past the router's maxParamLength (200) Fastify answers by itself, before any Nest filter.
    const response = await rawRequest(t.baseUrl, {
      method: 'GET',
      path: `${API}/users/${'<b>x'.repeat(60)}`,
      headers: { authorization: `Bearer ${user.accessToken}` },
    });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.text).not.toMatch(/FST_|ERR_|max param length/);
    expect(response.text).not.toContain('<b>');
    expect(JSON.parse(response.text)).toMatchObject({ status: response.status, instance: expect.any(String) });
  });

  it('refuses text the database cannot hold (a NUL character) instead of failing on it', async () => {
    const name = 'nul\u0000byte';
    const rename = await t.http.patch(`${API}/users/me`, { token: user.accessToken, body: { name } });
    const register = await t.http.post(`${API}/auth/register`, {
      body: { email: uniqueEmail(), password: 'correct horse battery staple 4', name },
    });
    const create = await t.http.post(`${API}/users`, {
      token: admin.accessToken,
      body: { email: uniqueEmail(), password: 'correct horse battery staple 4', name, role: 'user' },
    });
    expect({ rename: rename.status, register: register.status, create: create.status }).toEqual({
      rename: 400,
      register: 400,
      create: 400,
    });
    // Search filters may refuse it or find nothing; they may not fail.
    for (const query of ['q=a%00b', 'email=a%00b%40example.com']) {
      const search = await t.http.get(`${API}/users?${query}`, { token: admin.accessToken });
      expect({ query, status: search.status, failed: search.status >= 500 }).toEqual({
        query,
        status: search.status,
        failed: false,
      });
    }
  });

  it('logs no SQL parameters (password hashes, emails) when a query fails', async () => {
    // A constraint that fails exactly one insert: a database error on demand, whatever the app validates.
    await db.query(`ALTER TABLE users ADD CONSTRAINT owasp_forced_failure CHECK (name <> 'Forced Failure')`);
    const email = uniqueEmail('forced');
    const { result: response, printed } = await captureConsole(() =>
      t.http.post(`${API}/auth/register`, {
        body: { email, password: 'correct horse battery staple 4', name: 'Forced Failure' },
      }),
    ).finally(() => db.query('ALTER TABLE users DROP CONSTRAINT owasp_forced_failure'));
    expect(response.status).toBe(500);
    expect(printed).not.toContain('$argon2');
    expect(printed).not.toContain(email);
  });
});

// The switches below are configuration only, the same on any database: checked once.
describe.each(databaseTargets().slice(0, 1))('API8 configuration switches on $name', (target) => {
  let t: { baseUrl: string; close(): Promise<void> };

  beforeAll(async () => {
    t = await startTestApp(target, { ...UNTHROTTLED, DOCS_ENABLED: 'false' }, { contract: false });
  }, BOOT_TIMEOUT);
  afterAll(() => t.close(), BOOT_TIMEOUT);

  it('serves no docs with DOCS_ENABLED=false', async () => {
    for (const path of ['/docs', '/docs/', '/docs-json', '/docs-yaml', '/docs/swagger-ui-init.js']) {
      const response = await fetch(`${t.baseUrl}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await fetch(`${t.baseUrl}/health/live`)).status).toBe(200);
    const register = await fetch(`${t.baseUrl}${API}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail(), password: 'correct horse battery staple 3', name: 'N' }),
    });
    expect(register.status).toBe(201);
  });

  it('refuses to start in production without a strong JWT_SECRET', async () => {
    const entry = new URL('../../dist/libs/config/src/index.js', import.meta.url).href;
    const { loadAppConfig } = (await import(entry)) as typeof Config;
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db.internal/app', MAIL_TRANSPORT: 'log' };
    expect(() => loadAppConfig(production)).toThrow(/JWT_SECRET/);
    expect(() => loadAppConfig({ ...production, JWT_SECRET: '   ' })).toThrow(/JWT_SECRET/);
    expect(() => loadAppConfig({ ...production, JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET/);
    // The control: the same config with a proper secret starts.
    const config = loadAppConfig({ ...production, JWT_SECRET: 'k'.repeat(48) });
    expect(config.env).toBe('production');
    expect(config.jwt.secretGenerated).toBe(false);
  });
});
