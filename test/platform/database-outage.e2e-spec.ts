import { API, registerUser, type SignedIn } from '../support/accounts.js';
import type { TestResponse } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { startPrivatePostgres, type PrivatePostgres } from '../../scripts/prove/lib/private-services.mjs';

/**
 * The database goes away under a running API: stopped (refused connections), then frozen (SIGSTOP:
 * connections open but nothing answers, as in a partition). Requests must fail fast with a 503
 * problem and Retry-After, readiness must say so, and service must come back without a restart.
 * Runs on a private PostgreSQL cluster, since stopping and freezing a shared server is not an option.
 */
describe('A database outage under a running API', () => {
  const timeouts = {
    DATABASE_CONNECT_TIMEOUT_MS: '500',
    DATABASE_ACQUIRE_TIMEOUT_MS: '1000',
    DATABASE_STATEMENT_TIMEOUT_MS: '1000',
  };
  /** Generous for a loaded 2-core machine; without the timeouts a frozen server holds requests far longer. */
  const FAST_MS = 6_000;
  let server: PrivatePostgres;
  let t: TestApp;
  let user: SignedIn;

  beforeAll(async () => {
    server = await startPrivatePostgres();
    t = await startTestApp({ name: 'postgres', adminUrl: server.url }, timeouts);
    user = await registerUser(t.http);
  });
  afterAll(async () => {
    server.resume();
    await server.start();
    await t.close();
    await server.destroy();
  });

  async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = performance.now();
    const value = await work();
    return { value, ms: performance.now() - started };
  }

  function expectUnavailable(response: TestResponse): void {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.type).toBe('urn:groundwork:problem:database-unavailable');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  }

  async function untilOk(path: string, token?: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while ((await t.http.get(path, { token })).status !== 200) {
      if (Date.now() > deadline) {
        throw new Error(`${path} did not recover`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('answers 503 with Retry-After while the server is stopped, and recovers when it is back', async () => {
    expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);
    await server.stop();

    const me = await timed(() => t.http.get(`${API}/users/me`, { token: user.accessToken }));
    expectUnavailable(me.value);
    expect(me.ms).toBeLessThan(FAST_MS);
    const login = await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: user.password } });
    expectUnavailable(login);
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toContain('database');

    await server.start();
    await untilOk('/health/ready');
    await untilOk(`${API}/users/me`, user.accessToken);
  });

  it('fails requests within the configured timeouts while the server is frozen, and recovers on resume', async () => {
    const baseline = await timed(() => t.http.get(`${API}/users/me`, { token: user.accessToken }));
    expect(baseline.value.status).toBe(200);
    server.freeze();
    try {
      const [me, login, ready] = await Promise.all([
        timed(() => t.http.get(`${API}/users/me`, { token: user.accessToken })),
        timed(() => t.http.post(`${API}/auth/login`, { body: { email: user.email, password: user.password } })),
        timed(() => t.http.get('/health/ready')),
      ]);
      expectUnavailable(me.value);
      expect(me.ms).toBeLessThan(FAST_MS + baseline.ms);
      expectUnavailable(login.value);
      expect(login.ms).toBeLessThan(FAST_MS + baseline.ms);
      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(FAST_MS);
    } finally {
      server.resume();
    }
    await untilOk('/health/ready');
    await untilOk(`${API}/users/me`, user.accessToken);
  });
});
