import { randomBytes } from 'node:crypto';
import { API, PASSWORD, registerUser, uniqueEmail } from '../support/accounts.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A different client address per call (the app trusts X-Forwarded-For in this suite). */
const randomIp = (): string => `10.${[0, 0, 0].map(() => randomBytes(1)[0]! % 250).join('.')}`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe.each(databaseTargets())('Rate limits on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target, {
      THROTTLE_AUTH_LIMIT: '3',
      THROTTLE_AUTH_TTL: '60',
      THROTTLE_LIMIT: '1000',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => t.close());

  const login = (email: string, ip: string, password = 'wrong password here') =>
    t.http.post(`${API}/auth/login`, { body: { email, password }, headers: from(ip) });

  it('limits wrong passwords for one account even when each comes from another IP, with a problem and Retry-After', async () => {
    const user = await registerUser(t.http, { headers: from(randomIp()) });

    for (let i = 0; i < 3; i += 1) {
      expect((await login(user.email.toUpperCase(), randomIp())).status).toBe(401);
    }
    const limited = await login(user.email, randomIp(), PASSWORD);

    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, type: 'urn:groundwork:problem:rate-limited' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The headers of the strict limit that refused it, not the general one's.
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reset')).toBe(String(retryAfter));

    // Other accounts are not affected.
    const other = await registerUser(t.http, { headers: from(randomIp()) });
    expect((await login(other.email, randomIp(), PASSWORD)).status).toBe(200);
  });

  it('limits one IP trying many accounts', async () => {
    const ip = randomIp();
    for (let i = 0; i < 3; i += 1) {
      expect((await login(uniqueEmail('spray'), ip)).status).toBe(401);
    }
    const limited = await login(uniqueEmail('spray'), ip);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await login(uniqueEmail('spray'), randomIp())).status).toBe(401);
  });

  it('puts refresh, forgot and reset under the strict limit too', async () => {
    const ip = randomIp();
    const attempts = [
      () => t.http.post(`${API}/auth/refresh`, { body: { refreshToken: 'A'.repeat(43) }, headers: from(ip) }),
      () => t.http.post(`${API}/auth/password/forgot`, { body: { email: uniqueEmail() }, headers: from(ip) }),
      () =>
        t.http.post(`${API}/auth/password/reset`, {
          body: { token: 'A'.repeat(43), newPassword: PASSWORD },
          headers: from(ip),
        }),
    ];
    for (const attempt of attempts) {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await attempt()).status);
      }
      expect(statuses.slice(0, 3)).not.toContain(429);
      expect(statuses[3]).toBe(429);
    }
  });

  it('leaves other routes under the general limit only', async () => {
    const ip = randomIp();
    const user = await registerUser(t.http, { headers: from(ip) });
    for (let i = 0; i < 6; i += 1) {
      expect((await t.http.get(`${API}/auth/sessions`, { token: user.accessToken, headers: from(ip) })).status).toBe(
        200,
      );
    }
    const response = await t.http.get(`${API}/auth/sessions`, { token: user.accessToken, headers: from(ip) });
    expect(response.headers.get('ratelimit-limit')).toBe('1000');
  });

  it('counts a request before authentication looks at it, so anonymous floods are limited too', async () => {
    // The platform's guard runs first: an unauthenticated request already carries the limiter's headers.
    const response = await t.http.get(`${API}/auth/sessions`, { headers: from(randomIp()) });
    expect(response.status).toBe(401);
    expect(response.headers.get('ratelimit-limit')).toBe('1000');
  });
});
