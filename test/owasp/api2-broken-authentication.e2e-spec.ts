import { randomUUID } from 'node:crypto';
import { databaseTargets } from '../support/databases.js';
import {
  API,
  BOOT_TIMEOUT,
  claimsOf,
  KNOWN_JWT_SECRET,
  loginAs,
  registerUser,
  signAccessToken,
  type SignedIn,
  SLOW_TEST,
  uniqueEmail,
  unsignedToken,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API2:2023 Broken Authentication: tokens that must not work (forged, expired, unsigned, for another
// issuer or audience, revoked, replayed) and sign-in answers that must not help an attacker.

describe.each(databaseTargets())('API2 broken authentication on $name', (target) => {
  let t: TestApp;
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    // A known secret, so the specs can sign tokens that differ from the app's in one way only.
    // Reuse detection with the grace window off; the window itself is covered by test/auth/races.e2e-spec.ts.
    t = await startTestApp(target, { ...UNTHROTTLED, JWT_SECRET: KNOWN_JWT_SECRET, REFRESH_REUSE_GRACE_S: '0' });
    [alice, bob] = await Promise.all([registerUser(t.http), registerUser(t.http)]);
  }, BOOT_TIMEOUT);
  afterAll(() => t.close(), BOOT_TIMEOUT);

  const me = (token: string) => t.http.get(`${API}/users/me`, { token });
  const claims = () => {
    const { sub, sid, role } = claimsOf(alice.accessToken);
    return { sub, sid, role } as { sub: string; sid: string; role: string };
  };

  /** 401, problem+json, and the RFC 6750 challenge naming the bad token. */
  async function expectRefused(token: string, path = `${API}/users/me`): Promise<void> {
    const response = await t.http.get(path, { token });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="groundwork"/);
    expect(response.text).not.toContain(alice.email);
  }

  it('accepts a token signed exactly like the app signs them (the control for every forgery below)', async () => {
    expect((await me(alice.accessToken)).status).toBe(200);
    expect((await me(signAccessToken(claims()))).status).toBe(200);
  });

  it('refuses a token signed with another secret, admin claims or not', async () => {
    await expectRefused(signAccessToken(claims(), { secret: 'not-the-secret'.padEnd(64, '!') }));
    await expectRefused(signAccessToken({ ...claims(), role: 'admin' }, { secret: 'guess' }), `${API}/users`);
  });

  it('refuses an expired token and one not valid yet', async () => {
    await expectRefused(signAccessToken(claims(), { expiresIn: -60 }));
    await expectRefused(signAccessToken(claims(), { notBefore: 3600 }));
  });

  it('refuses unsigned (alg none) tokens and a stripped signature', async () => {
    await expectRefused(unsignedToken({ ...claims(), iss: 'groundwork', aud: 'groundwork-api', exp: 9_999_999_999 }));
    const [header, payload] = alice.accessToken.split('.');
    await expectRefused(`${header}.${payload}.`);
    await expectRefused(`${header}.${payload}`);
  });

  it('refuses a token for another audience or from another issuer, or naming none', async () => {
    await expectRefused(signAccessToken(claims(), { audience: 'another-api' }));
    await expectRefused(signAccessToken(claims(), { issuer: 'someone-else' }));
    await expectRefused(signAccessToken(claims(), { audience: null }));
    await expectRefused(signAccessToken(claims(), { issuer: null }));
  });

  it('refuses a well-signed token whose session does not exist or belongs to someone else', async () => {
    await expectRefused(signAccessToken({ ...claims(), sid: randomUUID() }));
    // Bob's user id with Alice's session: the session decides who the caller is.
    await expectRefused(signAccessToken({ ...claims(), sub: bob.userId }));
  });

  it('does not let a role claim outrank the account', async () => {
    const escalated = await t.http.get(`${API}/users`, { token: signAccessToken({ ...claims(), role: 'admin' }) });
    expect([401, 403]).toContain(escalated.status);
  });

  it('takes the token only from the Authorization: Bearer header', async () => {
    const token = alice.accessToken;
    const attempts: Record<string, string>[] = [
      { authorization: `Basic ${token}` },
      { authorization: token },
      { cookie: `access_token=${token}` },
    ];
    for (const headers of attempts) {
      expect((await t.http.get(`${API}/users/me`, { headers })).status).toBe(401);
    }
    expect((await t.http.get(`${API}/users/me?access_token=${token}`)).status).toBe(401);
  });

  it(
    'ends both tokens of a session at logout',
    async () => {
      const session = await loginAs(t.http, alice.email, alice.password);
      expect((await t.http.post(`${API}/auth/logout`, { token: session.accessToken })).status).toBe(204);
      await expectRefused(session.accessToken);
      const refresh = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: session.refreshToken } });
      expect(refresh.status).toBe(401);
      // Other sessions are untouched.
      expect((await me(alice.accessToken)).status).toBe(200);
    },
    SLOW_TEST,
  );

  it(
    'treats a reused refresh token as theft and ends its session',
    async () => {
      const session = await loginAs(t.http, bob.email, bob.password);
      const first = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: session.refreshToken } });
      expect(first.status).toBe(200);
      expect((await me(first.body.accessToken)).status).toBe(200);

      const replay = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: session.refreshToken } });
      expect(replay.status).toBe(401);
      expect(replay.body.type).toBe('urn:groundwork:problem:refresh-token-reused');

      // The thief's and the owner's tokens of that session are all dead now.
      await expectRefused(first.body.accessToken);
      await expectRefused(session.accessToken);
      const next = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: first.body.refreshToken } });
      expect(next.status).toBe(401);
      expect((await me(bob.accessToken)).status).toBe(200);
    },
    SLOW_TEST,
  );

  it('answers an unknown email exactly like a wrong password', async () => {
    const wrong = await t.http.post(`${API}/auth/login`, {
      body: { email: alice.email, password: 'not the password 1' },
    });
    const unknown = await t.http.post(`${API}/auth/login`, {
      body: { email: uniqueEmail('nobody'), password: 'not the password 1' },
    });
    expect(wrong.status).toBe(401);
    const shape = (r: typeof wrong) => ({
      status: r.status,
      type: r.body.type,
      title: r.body.title,
      detail: r.body.detail,
    });
    expect(shape(unknown)).toEqual(shape(wrong));
  });

  it('answers "forgot password" the same for known and unknown addresses', async () => {
    const known = await t.http.post(`${API}/auth/password/forgot`, { body: { email: alice.email } });
    const unknown = await t.http.post(`${API}/auth/password/forgot`, { body: { email: uniqueEmail('nobody') } });
    expect(known.status).toBe(202);
    expect({ status: unknown.status, text: unknown.text }).toEqual({ status: known.status, text: known.text });
  });

  it('refuses weak passwords at sign-up', async () => {
    const email = uniqueEmail('weak');
    for (const password of ['short1!', 'password', '12345678', email]) {
      const response = await t.http.post(`${API}/auth/register`, { body: { email, password, name: 'Weak' } });
      expect({ password, status: response.status }).toEqual({ password, status: 400 });
    }
  });

  it(
    'ends every session at logout-all and refuses a deleted account',
    async () => {
      const carol = await registerUser(t.http);
      const second = await loginAs(t.http, carol.email, carol.password);
      expect((await t.http.post(`${API}/auth/logout-all`, { token: second.accessToken })).status).toBe(204);
      await expectRefused(carol.accessToken);
      await expectRefused(second.accessToken);

      const third = await loginAs(t.http, carol.email, carol.password);
      expect((await t.http.delete(`${API}/users/me`, { token: third.accessToken })).status).toBe(204);
      await expectRefused(third.accessToken);
      const login = await t.http.post(`${API}/auth/login`, { body: { email: carol.email, password: carol.password } });
      expect(login.status).toBe(401);
    },
    SLOW_TEST,
  );
});
