import { databaseTargets } from '../support/databases.js';
import {
  API,
  BOOT_TIMEOUT,
  createAdmin,
  registerUser,
  type SignedIn,
  SLOW_TEST,
  timed,
  uniqueEmail,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API4:2023 Unrestricted Resource Consumption: bodies, pages, passwords and nesting are bounded and
// refused before the expensive work (argon2, the database); request rates are limited per client.

const MB = 1024 * 1024;
/** Refusals are cheap: well under one argon2 hash plus a round trip, even on a loaded CI box. */
const FAST_MS = 1_500;

describe.each(databaseTargets())('API4 unrestricted resource consumption on $name', (target) => {
  let t: TestApp;
  let user: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, { ...UNTHROTTLED, BODY_LIMIT: '1mb' });
    [user, admin] = await Promise.all([registerUser(t.http), createAdmin(t)]);
  }, BOOT_TIMEOUT);
  afterAll(() => t.close(), BOOT_TIMEOUT);

  const register = (body: Record<string, unknown>) => timed(() => t.http.post(`${API}/auth/register`, { body }));

  it('refuses a body over BODY_LIMIT with 413, anonymous or signed in', async () => {
    const big = 'x'.repeat(MB + 1024);
    const anonymous = await register({ email: uniqueEmail(), password: 'fine password 1', name: big });
    expect(anonymous.result.status).toBe(413);
    expect(anonymous.ms).toBeLessThan(FAST_MS);
    const signedIn = await t.http.patch(`${API}/users/me`, { token: user.accessToken, body: { name: big } });
    expect(signedIn.status).toBe(413);
  });

  it('bounds the page size at 100 and the page number', async () => {
    const list = (query: string) => t.http.get(`${API}/users?${query}`, { token: admin.accessToken });
    expect((await list('limit=100')).status).toBe(200);
    for (const query of [
      'limit=101',
      'limit=0',
      'limit=-1',
      'limit=1e9',
      'limit=abc',
      'limit=1.5',
      'page=0',
      'page=100001',
    ]) {
      expect({ query, status: (await list(query)).status }).toEqual({ query, status: 400 });
    }
    expect((await list(`q=${'a'.repeat(101)}`)).status).toBe(400);
  });

  it('bounds passwords at 128 characters on every route that takes one', async () => {
    const long = 'p'.repeat(129);
    const refusals = [
      await t.http.post(`${API}/auth/register`, { body: { email: uniqueEmail(), password: long, name: 'Long' } }),
      await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: long } }),
      await t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: user.password, newPassword: long },
      }),
      await t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: long, newPassword: 'a new password 42' },
      }),
      await t.http.post(`${API}/auth/password/reset`, { body: { token: 'a'.repeat(43), newPassword: long } }),
      await t.http.post(`${API}/users`, {
        token: admin.accessToken,
        body: { email: uniqueEmail(), password: long, name: 'Long', role: 'user' },
      }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    // The boundary itself is fine.
    const exact = await t.http.post(`${API}/auth/register`, {
      body: { email: uniqueEmail(), password: `${'p'.repeat(120)}12345678`, name: 'Exact' },
    });
    expect(exact.status).toBe(201);
  });

  it('never lets a megabyte password reach argon2', async () => {
    const over = await register({ email: uniqueEmail(), password: 'x'.repeat(MB), name: 'Huge' });
    expect(over.result.status).toBe(413);
    expect(over.ms).toBeLessThan(FAST_MS);
    // Just under the body limit: refused by validation, as fast.
    const under = 'y'.repeat(MB - 4096);
    for (const [path, body] of [
      ['auth/register', { email: uniqueEmail(), password: under, name: 'Huge' }],
      ['auth/login', { email: user.email, password: under }],
    ] as const) {
      const { result, ms } = await timed(() => t.http.post(`${API}/${path}`, { body }));
      expect({ path, status: result.status, fast: ms < FAST_MS }).toEqual({ path, status: 400, fast: true });
    }
    const half = 'z'.repeat(MB / 2 - 4096);
    const change = await timed(() =>
      t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: half, newPassword: half },
      }),
    );
    expect({ status: change.result.status, fast: change.ms < FAST_MS }).toEqual({ status: 400, fast: true });
  });

  it(
    'refuses deeply nested and very wide JSON with a 4xx, not a crash',
    async () => {
      const depth = 100_000;
      const nested = `{"email":"a@example.com","password":"fine password 1","name":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const deepObject = `{"name":${'{"a":'.repeat(depth / 2)}1${'}'.repeat(depth / 2)}}`;
      const wide = `{"name":"w",${Array.from({ length: 40_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
      const outcomes: { what: string; status: number; fast: boolean }[] = [];
      for (const [what, path, rawBody] of [
        ['nested arrays', 'auth/register', nested],
        ['nested objects', 'users/me', deepObject],
        ['40,000 keys', 'users/me', wide],
      ] as const) {
        const { result, ms } = await timed(() =>
          t.http.request(path === 'users/me' ? 'PATCH' : 'POST', `${API}/${path}`, {
            rawBody,
            token: user.accessToken,
            headers: { 'content-type': 'application/json' },
          }),
        );
        outcomes.push({ what, status: result.status, fast: ms < FAST_MS * 2 });
      }
      expect(outcomes).toEqual([
        { what: 'nested arrays', status: 400, fast: true },
        { what: 'nested objects', status: 400, fast: true },
        { what: '40,000 keys', status: 400, fast: true },
      ]);
      // Still serving.
      expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);
    },
    SLOW_TEST,
  );

  it('refuses overlong strings everywhere a bound is documented', async () => {
    const email = `${'e'.repeat(10_000)}@example.com`;
    expect((await register({ email, password: 'fine password 1', name: 'E' })).result.status).toBe(400);
    expect(
      (await register({ email: uniqueEmail(), password: 'fine password 1', name: 'n'.repeat(101) })).result.status,
    ).toBe(400);
    const refresh = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: 'r'.repeat(129) } });
    expect(refresh.status).toBe(400);
  });

  it('counts a length bound the way the database counts it', async () => {
    // 60 letters each followed by U+FE0F (emoji presentation): 120 characters for PostgreSQL's
    // varchar(100), 60 for the validator, which skips variation selectors.
    const name = 'a\uFE0F'.repeat(60);
    const registered = await register({ email: uniqueEmail(), password: 'fine password 1', name });
    const renamed = await t.http.patch(`${API}/users/me`, { token: user.accessToken, body: { name } });
    expect({ register: registered.result.status, rename: renamed.status }).toEqual({ register: 400, rename: 400 });
  });
});

// The general limit counts in memory (or Redis), not in the database: checked once.
describe.each(databaseTargets().slice(0, 1))('API4 rate limits on $name', (target) => {
  const LIMIT = 5;
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target, { THROTTLE_LIMIT: String(LIMIT), THROTTLE_TTL: '60', THROTTLE_AUTH_LIMIT: '1000' });
  }, BOOT_TIMEOUT);
  afterAll(() => t.close(), BOOT_TIMEOUT);

  it('answers 429 with Retry-After once a client passes THROTTLE_LIMIT, whoever it signs in as', async () => {
    const user = await registerUser(t.http); // the first request of the budget
    const statuses: number[] = [];
    let last = await t.http.get(`${API}/users/me`, { token: user.accessToken });
    statuses.push(last.status);
    expect(last.headers.get('ratelimit-limit')).toBe(String(LIMIT));
    while (last.status !== 429 && statuses.length < LIMIT + 3) {
      last = await t.http.get(`${API}/users/me`, { token: user.accessToken });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT - 1).fill(200), 429]);
    const retryAfter = Number(last.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(last.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(last.body.status).toBe(429);

    // The budget is the client's, not the token's: anonymous calls and sign-ins are refused too.
    expect((await t.http.get(`${API}/users/me`)).status).toBe(429);
    const login = await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: user.password } });
    expect(login.status).toBe(429);
  });
});
