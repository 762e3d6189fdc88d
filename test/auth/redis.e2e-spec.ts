import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { API, loginAs, PASSWORD, registerUser } from '../support/accounts.js';
import { REDIS_URL, redisAvailable } from '../support/redis.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const available = await redisAvailable();
if (!available && process.env.CI) {
  throw new Error(`CI needs Redis at ${REDIS_URL} (set TEST_REDIS_URL)`);
}

/**
 * Two replicas of the app on one database and one Redis, as behind a load balancer: what one
 * revokes, the other refuses at once; rate limits count across both.
 */
(available ? describe : describe.skip)('Auth across instances sharing Redis', () => {
  const target = databaseTargets()[0]!;
  const env = {
    REDIS_URL,
    JWT_SECRET: randomBytes(32).toString('hex'),
    THROTTLE_LIMIT: '100000',
    THROTTLE_AUTH_LIMIT: '3',
    TRUST_PROXY: 'true',
  };
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    a = await startTestApp(target, env);
    b = await startTestApp({ databaseUrl: a.databaseUrl }, { ...env, DATABASE_MIGRATE_ON_START: 'false' });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await b.close();
    await a.close();
  });

  /** Each test is its own client address, so the strict per-IP limit of 3 is not shared between tests. */
  const client = () => ({ 'x-forwarded-for': `10.9.${randomBytes(1)[0]!}.${randomBytes(1)[0]!}` });
  const meOn = (instance: { http: TestApp['http'] }, token: string) => instance.http.get(`${API}/users/me`, { token });

  it('refuses on instance B, at once, a session logged out on instance A', async () => {
    const headers = client();
    const user = await registerUser(a.http, { headers });
    expect((await meOn(b, user.accessToken)).status).toBe(200);
    expect((await meOn(b, user.accessToken)).status).toBe(200);

    expect((await a.http.post(`${API}/auth/logout`, { token: user.accessToken })).status).toBe(204);

    expect((await meOn(b, user.accessToken)).status).toBe(401);
    expect(await redis.ttl(`gw:auth:revoked:${user.sessionId}`)).toBeGreaterThan(900);
  });

  it('refuses on instance A the tokens of a user deleted through instance B', async () => {
    const headers = client();
    const user = await registerUser(a.http, { headers });
    const other = await loginAs(a.http, user.email, PASSWORD, headers);
    expect((await meOn(a, other.accessToken)).status).toBe(200);

    expect((await b.http.delete(`${API}/users/me`, { token: user.accessToken })).status).toBe(204);

    expect((await meOn(a, other.accessToken)).status).toBe(401);
  });

  it('answers a repeat within the grace window on another instance with the same successor, and detects reuse after it', async () => {
    const headers = client();
    const user = await registerUser(a.http, { headers });
    const rotated = await b.http.post(`${API}/auth/refresh`, { body: { refreshToken: user.refreshToken }, headers });
    expect(rotated.status).toBe(200);
    expect((await meOn(a, rotated.body.accessToken)).status).toBe(200);
    expect((await meOn(b, rotated.body.accessToken)).status).toBe(200);
    const repeat = await a.http.post(`${API}/auth/refresh`, { body: { refreshToken: user.refreshToken }, headers });
    expect([repeat.status, repeat.body.refreshToken]).toEqual([200, rotated.body.refreshToken]);

    // Out of the grace window: reuse now means theft.
    await sql(a.databaseUrl, `UPDATE refresh_tokens SET used_at = used_at - interval '1 hour' WHERE session_id = $1`, [
      user.sessionId,
    ]);
    expect(
      (await a.http.post(`${API}/auth/refresh`, { body: { refreshToken: user.refreshToken }, headers })).status,
    ).toBe(401);

    expect((await meOn(a, rotated.body.accessToken)).status).toBe(401);
    expect((await meOn(b, rotated.body.accessToken)).status).toBe(401);
  });

  it('counts the strict limit across instances, in Redis', async () => {
    const headers = client();
    const user = await registerUser(a.http, { headers: client() });
    const wrong = { email: user.email, password: 'not the password at all' };

    expect((await a.http.post(`${API}/auth/login`, { body: wrong, headers })).status).toBe(401);
    expect((await b.http.post(`${API}/auth/login`, { body: wrong, headers: client() })).status).toBe(401);
    expect((await a.http.post(`${API}/auth/login`, { body: wrong, headers: client() })).status).toBe(401);
    const limited = await b.http.post(`${API}/auth/login`, {
      body: { email: user.email, password: PASSWORD },
      headers: client(),
    });

    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
