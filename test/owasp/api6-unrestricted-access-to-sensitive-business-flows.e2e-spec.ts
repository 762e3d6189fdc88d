import { databaseTargets } from '../support/databases.js';
import { API, BOOT_TIMEOUT, type Db, openDb, registerUser, SLOW_TEST, uniqueEmail } from '../support/owasp-helpers.js';
import type { TestResponse } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API6:2023 Unrestricted Access to Sensitive Business Flows: the flows worth automating for an
// attacker (sign-up, password reset mails, password guessing, token guessing) are throttled per
// client IP and, for guessing one account's password, per account whatever the IP.

const LIMIT = 3;
const STRICT = { THROTTLE_AUTH_LIMIT: String(LIMIT), THROTTLE_AUTH_TTL: '60', THROTTLE_LIMIT: '1000000' };

function expectThrottled(response: TestResponse): void {
  expect(response.status).toBe(429);
  expect(response.body.type).toBe('urn:groundwork:problem:rate-limited');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

/** Behind a trusted proxy (TRUST_PROXY=true) the client IP comes from X-Forwarded-For: one IP per flow. */
describe.each(databaseTargets())('API6 sensitive business flows behind a trusted proxy on $name', (target) => {
  let t: TestApp;
  let db: Db;
  let ip = 0;
  const nextIp = () => ({ 'x-forwarded-for': `203.0.113.${(ip += 1)}` });

  beforeAll(async () => {
    t = await startTestApp(target, { ...STRICT, TRUST_PROXY: 'true' });
    db = openDb(t.databaseUrl);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await db.close();
    await t.close();
  }, BOOT_TIMEOUT);

  it(
    'throttles sign-ups from one client, and the refused one creates no account',
    async () => {
      const headers = nextIp();
      for (let i = 0; i < LIMIT; i += 1) {
        await registerUser(t.http, { headers });
      }
      const email = uniqueEmail('bot');
      const refused = await t.http.post(`${API}/auth/register`, {
        headers,
        body: { email, password: 'correct horse battery staple 9', name: 'Bot' },
      });
      expectThrottled(refused);
      expect(await db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
      // Another client is not affected.
      await registerUser(t.http, { headers: nextIp() });
    },
    SLOW_TEST,
  );

  it('throttles password reset mails from one client', async () => {
    const headers = nextIp();
    for (let i = 0; i < LIMIT; i += 1) {
      const response = await t.http.post(`${API}/auth/password/forgot`, { headers, body: { email: uniqueEmail() } });
      expect(response.status).toBe(202);
    }
    expectThrottled(await t.http.post(`${API}/auth/password/forgot`, { headers, body: { email: uniqueEmail() } }));
  });

  it(
    'throttles password guessing from one client across accounts',
    async () => {
      const headers = nextIp();
      const guess = () =>
        t.http.post(`${API}/auth/login`, { headers, body: { email: uniqueEmail('sprayed'), password: 'Summer2024!' } });
      for (let i = 0; i < LIMIT; i += 1) {
        expect((await guess()).status).toBe(401);
      }
      expectThrottled(await guess());
    },
    SLOW_TEST,
  );

  it(
    "throttles guessing one account's password from many IPs, even when the last guess is right",
    async () => {
      const victim = await registerUser(t.http, { headers: nextIp() });
      for (let i = 0; i < LIMIT; i += 1) {
        const wrong = await t.http.post(`${API}/auth/login`, {
          headers: nextIp(),
          body: { email: victim.email, password: `wrong guess ${i}` },
        });
        expect(wrong.status).toBe(401);
      }
      // Same account, a new IP each time, the email in another case: still the same account.
      expectThrottled(
        await t.http.post(`${API}/auth/login`, {
          headers: nextIp(),
          body: { email: victim.email.toUpperCase(), password: victim.password },
        }),
      );
    },
    SLOW_TEST,
  );

  it('throttles reset-token and refresh-token guessing from one client', async () => {
    for (const [path, body, status] of [
      ['auth/password/reset', { token: 'A'.repeat(43), newPassword: 'brand new password 1' }, 400],
      ['auth/refresh', { refreshToken: 'B'.repeat(43) }, 401],
    ] as const) {
      const headers = nextIp();
      for (let i = 0; i < LIMIT; i += 1) {
        expect((await t.http.post(`${API}/${path}`, { headers, body })).status).toBe(status);
      }
      expectThrottled(await t.http.post(`${API}/${path}`, { headers, body }));
    }
  });
});

/**
 * Without TRUST_PROXY, X-Forwarded-For is the caller's own claim: rotating it must not reset the
 * limit. Proxy trust is Fastify configuration, the same on any database: checked once.
 */
describe.each(databaseTargets().slice(0, 1))(
  'API6 sensitive business flows without a trusted proxy on $name',
  (target) => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(target, STRICT);
    }, BOOT_TIMEOUT);
    afterAll(() => t.close(), BOOT_TIMEOUT);

    it(
      'ignores a spoofed X-Forwarded-For when counting sign-ups',
      async () => {
        for (let i = 0; i < LIMIT; i += 1) {
          await registerUser(t.http, { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } });
        }
        const refused = await t.http.post(`${API}/auth/register`, {
          headers: { 'x-forwarded-for': '198.51.100.99' },
          body: { email: uniqueEmail('spoof'), password: 'correct horse battery staple 9', name: 'Spoof' },
        });
        expectThrottled(refused);
      },
      SLOW_TEST,
    );
  },
);
