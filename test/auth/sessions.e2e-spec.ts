import { API, createAdmin, loginAs, PASSWORD, registerUser, uniqueEmail } from '../support/accounts.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('Auth sessions on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, { SMTP_URL: sink.url, APP_URL: 'http://app.test', ...UNTHROTTLED });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const me = (token: string) => t.http.get(`${API}/users/me`, { token });
  const refresh = (refreshToken: string) => t.http.post(`${API}/auth/refresh`, { body: { refreshToken } });
  const sessions = (token: string) => t.http.get(`${API}/auth/sessions`, { token });
  /** Moves a session's rotations out of the reuse grace window (races.e2e-spec covers the window). */
  const ageRefreshTokens = (sessionId: string) =>
    sql(t.databaseUrl, `UPDATE refresh_tokens SET used_at = used_at - interval '1 hour' WHERE session_id = $1`, [
      sessionId,
    ]);

  describe('register and login', () => {
    it('registers a user and signs them in at once', async () => {
      const email = uniqueEmail('ada');
      const response = await t.http.post(`${API}/auth/register`, {
        body: { email: email.toUpperCase(), password: PASSWORD, name: '  Ada  ' },
      });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        user: { email, name: 'Ada', role: 'user', emailVerified: false },
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      expect(response.body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect((await me(response.body.accessToken)).body.email).toBe(email);
    });

    it('refuses a role (or any unknown field) in the body', async () => {
      const response = await t.http.post(`${API}/auth/register`, {
        body: { email: uniqueEmail(), password: PASSWORD, name: 'Mallory', role: 'admin' },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'role', message: 'property role should not exist' }]);
    });

    it('refuses a duplicate email (409) and a weak password (400)', async () => {
      const user = await registerUser(t.http);
      const duplicate = await t.http.post(`${API}/auth/register`, {
        body: { email: user.email, password: PASSWORD, name: 'Twin' },
      });
      expect(duplicate.status).toBe(409);
      const weak = await t.http.post(`${API}/auth/register`, {
        body: { email: uniqueEmail(), password: 'password123', name: 'Weak' },
      });
      expect(weak.status).toBe(400);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const user = await registerUser(t.http);
      const wrong = await t.http.post(`${API}/auth/login`, {
        body: { email: user.email, password: 'not the password' },
      });
      const unknown = await t.http.post(`${API}/auth/login`, {
        body: { email: uniqueEmail('nobody'), password: 'not the password' },
      });

      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
      expect(wrong.body.detail).toBe('Email or password is incorrect');
    });

    it('takes about as long for an unknown email as for a wrong password', async () => {
      const user = await registerUser(t.http);
      const time = async (email: string): Promise<number> => {
        const started = performance.now();
        await t.http.post(`${API}/auth/login`, { body: { email, password: 'not the password' } });
        return performance.now() - started;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        known.push(await time(user.email));
        unknown.push(await time(uniqueEmail('nobody')));
      }
      // Both spend one argon2 verification (~tens of ms); without the dummy, unknown would be ~1 ms.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    });

    it('signs in, with a new session per sign-in', async () => {
      const user = await registerUser(t.http);
      const again = await loginAs(t.http, user.email);
      expect(again.sessionId).not.toBe(user.sessionId);
      expect((await me(again.accessToken)).status).toBe(200);
    });
  });

  describe('refresh', () => {
    it('rotates: a new pair, the old refresh token spent', async () => {
      const user = await registerUser(t.http);

      const rotated = await refresh(user.refreshToken);

      expect(rotated.status).toBe(200);
      expect(Object.keys(rotated.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'tokenType']);
      expect(rotated.body.refreshToken).not.toBe(user.refreshToken);
      expect((await me(rotated.body.accessToken)).status).toBe(200);
      expect((await refresh(rotated.body.refreshToken)).status).toBe(200);
    });

    it('treats a reused refresh token as theft: 401, and the whole session ends at once', async () => {
      const user = await registerUser(t.http);
      const rotated = (await refresh(user.refreshToken)).body;
      expect((await me(rotated.accessToken)).status).toBe(200);
      await ageRefreshTokens(user.sessionId);

      const replay = await refresh(user.refreshToken);

      expect(replay.status).toBe(401);
      expect(replay.body.type).toBe('urn:groundwork:problem:refresh-token-reused');
      expect((await refresh(rotated.refreshToken)).status).toBe(401);
      expect((await me(rotated.accessToken)).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(401);
      const [row] = await sql<{ revoke_reason: string }>(
        t.databaseUrl,
        'SELECT revoke_reason FROM sessions WHERE id = $1',
        [user.sessionId],
      );
      expect(row?.revoke_reason).toBe('refresh-token-reuse');
    });

    it('refuses unknown and malformed refresh tokens', async () => {
      expect((await refresh('A'.repeat(43))).status).toBe(401);
      expect((await refresh('not a token!')).status).toBe(400);
      expect((await t.http.post(`${API}/auth/refresh`, { body: {} })).status).toBe(400);
    });

    it('refuses a refresh token once its session has expired', async () => {
      const user = await registerUser(t.http);
      await sql(t.databaseUrl, `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        user.sessionId,
      ]);
      expect((await refresh(user.refreshToken)).status).toBe(401);
    });
  });

  describe('logout', () => {
    it('ends the current session at once: access and refresh tokens stop working', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);
      expect((await me(user.accessToken)).status).toBe(200);

      expect((await t.http.post(`${API}/auth/logout`, { token: user.accessToken })).status).toBe(204);

      expect((await me(user.accessToken)).status).toBe(401);
      expect((await refresh(user.refreshToken)).status).toBe(401);
      expect((await me(other.accessToken)).status).toBe(200);
    });

    it('logout-all ends every session of the user, the current one included', async () => {
      const user = await registerUser(t.http);
      const laptop = await loginAs(t.http, user.email);
      const phone = await loginAs(t.http, user.email);
      const stranger = await registerUser(t.http);

      expect((await t.http.post(`${API}/auth/logout-all`, { token: laptop.accessToken })).status).toBe(204);

      for (const session of [user, laptop, phone]) {
        expect((await me(session.accessToken)).status).toBe(401);
        expect((await refresh(session.refreshToken)).status).toBe(401);
      }
      expect((await me(stranger.accessToken)).status).toBe(200);
    });

    it('needs a token', async () => {
      const response = await t.http.post(`${API}/auth/logout`);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="groundwork"');
    });
  });

  describe('sessions', () => {
    it('lists open sessions, the current one flagged, with where they signed in from', async () => {
      const user = await registerUser(t.http, { headers: { 'user-agent': 'Phone/1.0' } });
      const laptop = await loginAs(t.http, user.email, PASSWORD, { 'user-agent': 'Laptop/2.0' });
      await t.http.post(`${API}/auth/logout`, { token: (await loginAs(t.http, user.email)).accessToken });

      const list = await sessions(laptop.accessToken);

      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(2);
      expect(list.body.items.map((s: { id: string; current: boolean }) => [s.id, s.current]).sort()).toEqual(
        [
          [user.sessionId, false],
          [laptop.sessionId, true],
        ].sort(),
      );
      const phone = list.body.items.find((s: { id: string }) => s.id === user.sessionId);
      expect(phone).toMatchObject({ userAgent: 'Phone/1.0', ip: '127.0.0.1' });
    });

    it("revokes one of the user's own sessions; another user's is a 404, a non-uuid a 400", async () => {
      const user = await registerUser(t.http);
      const phone = await loginAs(t.http, user.email);
      const stranger = await registerUser(t.http);

      expect((await t.http.delete(`${API}/auth/sessions/${phone.sessionId}`, { token: user.accessToken })).status).toBe(
        204,
      );
      expect((await me(phone.accessToken)).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(200);

      const foreign = await t.http.delete(`${API}/auth/sessions/${stranger.sessionId}`, { token: user.accessToken });
      expect(foreign.status).toBe(404);
      expect((await me(stranger.accessToken)).status).toBe(200);
      expect((await t.http.delete(`${API}/auth/sessions/${phone.sessionId}`, { token: user.accessToken })).status).toBe(
        404,
      );
      expect((await t.http.delete(`${API}/auth/sessions/not-a-uuid`, { token: user.accessToken })).status).toBe(400);
    });
  });

  describe('password change', () => {
    it('changes the password and ends every other session, keeping this one', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);
      const newPassword = 'a brand new passphrase 99';

      const changed = await t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: PASSWORD, newPassword },
      });

      expect(changed.status).toBe(204);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await refresh(user.refreshToken)).status).toBe(200);
      expect((await me(other.accessToken)).status).toBe(401);
      expect((await refresh(other.refreshToken)).status).toBe(401);
      expect((await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: PASSWORD } })).status).toBe(
        401,
      );
      await loginAs(t.http, user.email, newPassword);
    });

    it('refuses a wrong current password and a weak new one, changing nothing', async () => {
      const user = await registerUser(t.http);
      const wrong = await t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase 99' },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'currentPassword is incorrect' }]);
      const weak = await t.http.post(`${API}/auth/password/change`, {
        token: user.accessToken,
        body: { currentPassword: PASSWORD, newPassword: 'password1' },
      });
      expect(weak.status).toBe(400);
      await loginAs(t.http, user.email);
    });
  });

  describe('account changes', () => {
    it('ends the sessions of a user whose role an admin changes', async () => {
      const admin = await createAdmin(t);
      const user = await registerUser(t.http);
      expect((await me(user.accessToken)).status).toBe(200);

      const promoted = await t.http.patch(`${API}/users/${user.userId}`, {
        token: admin.accessToken,
        body: { role: 'admin' },
      });

      expect(promoted.status).toBe(200);
      expect((await me(user.accessToken)).status).toBe(401);
      expect((await refresh(user.refreshToken)).status).toBe(401);
      const again = await loginAs(t.http, user.email);
      expect((await t.http.get(`${API}/users`, { token: again.accessToken })).status).toBe(200);
    });

    it('refuses the tokens of a user who deleted their account, at once', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);
      expect((await sessions(other.accessToken)).status).toBe(200);

      expect((await t.http.delete(`${API}/users/me`, { token: user.accessToken })).status).toBe(204);

      expect((await sessions(other.accessToken)).status).toBe(401);
      expect((await me(user.accessToken)).status).toBe(401);
      expect((await refresh(other.refreshToken)).status).toBe(401);
      expect((await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: PASSWORD } })).status).toBe(
        401,
      );
    });
  });
});
