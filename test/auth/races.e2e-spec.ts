import { createHash } from 'node:crypto';
import { API, loginAs, PASSWORD, registerUser } from '../support/accounts.js';
import { mailedToken } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { builtUsersLib } from '../support/built.js';
import { holdAfter } from '../support/interleave.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const GRACE_S = 10;

/**
 * Each race is reproduced deterministically: one side is stopped at its critical point (after the
 * password hash was verified) while the other side runs to the end, then let go.
 */
describe.each(databaseTargets())('Auth races on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;
  let hasher: { verify(hash: string, password: string): Promise<boolean> };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, {
      SMTP_URL: sink.url,
      APP_URL: 'http://app.test',
      REFRESH_REUSE_GRACE_S: String(GRACE_S),
      ...UNTHROTTLED,
    });
    const { PasswordHasher } = await builtUsersLib();
    hasher = t.app.get(PasswordHasher);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const me = (token: string) => t.http.get(`${API}/users/me`, { token });
  const refresh = (refreshToken: string) => t.http.post(`${API}/auth/refresh`, { body: { refreshToken } });
  const login = (email: string, password: string) => t.http.post(`${API}/auth/login`, { body: { email, password } });
  const change = (token: string, currentPassword: string, newPassword: string) =>
    t.http.post(`${API}/auth/password/change`, { token, body: { currentPassword, newPassword } });
  const liveSessions = async (userId: string) =>
    (
      await sql<{ id: string }>(
        t.databaseUrl,
        'SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id',
        [userId],
      )
    ).map((row) => row.id);

  describe('a sign-in racing a password change (10.1)', () => {
    it('opens no session with the old password once the change has committed', async () => {
      const user = await registerUser(t.http);
      const hold = holdAfter(hasher, 'verify');
      try {
        const signIn = login(user.email, PASSWORD);
        await hold.reached; // the sign-in has verified the old password and not yet opened its session

        expect((await change(user.accessToken, PASSWORD, 'a brand new passphrase 11')).status).toBe(204);
        hold.release();
        const late = await signIn;

        expect(late.status).toBe(401);
        expect(await liveSessions(user.userId)).toEqual([user.sessionId]);
      } finally {
        hold.release();
        hold.restore();
      }
    });

    it('opens no session with the old password once a reset has committed', async () => {
      const user = await registerUser(t.http);
      await t.http.post(`${API}/auth/password/forgot`, { body: { email: user.email } });
      const token = await mailedToken(sink, user.email, '/reset-password');
      const hold = holdAfter(hasher, 'verify');
      try {
        const signIn = login(user.email, PASSWORD);
        await hold.reached;

        const reset = await t.http.post(`${API}/auth/password/reset`, {
          body: { token, newPassword: 'a brand new passphrase 12' },
        });
        expect(reset.status).toBe(204);
        hold.release();
        const late = await signIn;

        expect(late.status).toBe(401);
        expect(await liveSessions(user.userId)).toEqual([]);
      } finally {
        hold.release();
        hold.restore();
      }
    });
  });

  describe('password change is a compare-and-swap (10.2)', () => {
    it('refuses a change whose current password was replaced while it was checked', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);
      const hold = holdAfter(hasher, 'verify');
      try {
        const first = change(user.accessToken, PASSWORD, 'the first new passphrase 21');
        await hold.reached; // the first change has verified the current password

        expect((await change(user.accessToken, PASSWORD, 'the second new passphrase 22')).status).toBe(204);
        hold.release();
        const late = await first;

        expect(late.status).toBe(400);
        expect(late.body.errors).toEqual([{ field: 'currentPassword', message: 'currentPassword is incorrect' }]);
      } finally {
        hold.release();
        hold.restore();
      }
      expect((await login(user.email, 'the first new passphrase 21')).status).toBe(401);
      await loginAs(t.http, user.email, 'the second new passphrase 22');
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await me(other.accessToken)).status).toBe(401);
    });

    it('of concurrent changes with one current password, exactly one wins and takes effect', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);
      const candidates = Array.from({ length: 6 }, (_, i) => `concurrent new passphrase ${i} x`);

      const answers = await Promise.all(candidates.map((next) => change(user.accessToken, PASSWORD, next)));

      const winners = candidates.filter((_, i) => answers[i]?.status === 204);
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => a.status === 400)).toHaveLength(candidates.length - 1);
      await loginAs(t.http, user.email, winners[0]);
      expect((await me(user.accessToken)).status).toBe(200);
      expect((await me(other.accessToken)).status).toBe(401);
    });
  });

  describe('refresh reuse grace window (10.3)', () => {
    const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

    it('answers a repeat of the just-rotated token inside the window with the same successor', async () => {
      const user = await registerUser(t.http);
      const first = await refresh(user.refreshToken);
      expect(first.status).toBe(200);

      const repeat = await refresh(user.refreshToken);

      expect(repeat.status).toBe(200);
      expect(repeat.body.refreshToken).toBe(first.body.refreshToken);
      expect((await me(repeat.body.accessToken)).status).toBe(200);
      expect((await me(first.body.accessToken)).status).toBe(200);
      const next = await refresh(first.body.refreshToken);
      expect(next.status).toBe(200);
      expect(await liveSessions(user.userId)).toEqual([user.sessionId]);
      const live = await sql<{ n: string }>(
        t.databaseUrl,
        'SELECT count(*)::text AS n FROM refresh_tokens WHERE session_id = $1 AND used_at IS NULL',
        [user.sessionId],
      );
      expect(live[0]?.n).toBe('1');
    });

    it('lets two concurrent refreshes of one token both continue, with one live token', async () => {
      const user = await registerUser(t.http);
      const [a, b] = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.refreshToken).toBe(b.body.refreshToken);
      expect((await refresh(a.body.refreshToken)).status).toBe(200);
    });

    it('treats reuse after the window as theft and ends the session', async () => {
      const user = await registerUser(t.http);
      const first = await refresh(user.refreshToken);
      await sql(
        t.databaseUrl,
        `UPDATE refresh_tokens SET used_at = used_at - make_interval(secs => $2) WHERE token_hash = $1`,
        [tokenHash(user.refreshToken), GRACE_S + 1],
      );

      const replay = await refresh(user.refreshToken);

      expect(replay.status).toBe(401);
      expect(replay.body.type).toBe('urn:groundwork:problem:refresh-token-reused');
      expect((await refresh(first.body.refreshToken)).status).toBe(401);
      expect((await me(first.body.accessToken)).status).toBe(401);
      expect(await liveSessions(user.userId)).toEqual([]);
    });
  });
});
