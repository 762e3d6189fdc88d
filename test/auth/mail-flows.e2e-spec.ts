import { API, loginAs, PASSWORD, registerUser, uniqueEmail } from '../support/accounts.js';
import { mailedToken } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NEW_PASSWORD = 'a completely new passphrase 123';

describe.each(databaseTargets())('Auth mail flows on $name', (target) => {
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

  const forgot = (email: string) => t.http.post(`${API}/auth/password/forgot`, { body: { email } });
  const reset = (token: string, newPassword = NEW_PASSWORD) =>
    t.http.post(`${API}/auth/password/reset`, { body: { token, newPassword } });
  const verify = (token: string) => t.http.post(`${API}/auth/email/verify`, { body: { token } });
  const me = (token: string) => t.http.get(`${API}/users/me`, { token });

  describe('password reset', () => {
    it('mails a link whose token resets the password once, and ends every session', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);

      expect((await forgot(user.email.toUpperCase())).status).toBe(202);
      const token = await mailedToken(sink, user.email, '/reset-password');
      const mail = sink.messages.find((m) => m.to.includes(user.email) && m.subject === 'Reset your password');
      expect(sink.linkFrom(mail!, '/reset-password').origin).toBe('http://app.test');

      expect((await reset(token)).status).toBe(204);

      expect((await me(user.accessToken)).status).toBe(401);
      expect((await me(other.accessToken)).status).toBe(401);
      expect((await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: user.refreshToken } })).status).toBe(
        401,
      );
      expect((await t.http.post(`${API}/auth/login`, { body: { email: user.email, password: PASSWORD } })).status).toBe(
        401,
      );
      await loginAs(t.http, user.email, NEW_PASSWORD);

      const again = await reset(token, 'yet another passphrase 456');
      expect(again.status).toBe(400);
      expect(again.body.type).toBe('urn:groundwork:problem:invalid-link');
      await loginAs(t.http, user.email, NEW_PASSWORD);
    });

    it('answers 202 for an unknown address too, and mails nothing', async () => {
      const nobody = uniqueEmail('nobody');
      const known = await registerUser(t.http);

      const [unknownAnswer, knownAnswer] = await Promise.all([forgot(nobody), forgot(known.email)]);

      expect(unknownAnswer.status).toBe(202);
      expect(knownAnswer.status).toBe(202);
      expect(unknownAnswer.text).toBe(knownAnswer.text);
      await mailedToken(sink, known.email, '/reset-password');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.messages.filter((m) => m.to.includes(nobody))).toEqual([]);
    });

    it('refuses an expired reset token', async () => {
      const user = await registerUser(t.http);
      await forgot(user.email);
      const token = await mailedToken(sink, user.email, '/reset-password');
      await sql(
        t.databaseUrl,
        `UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'password-reset'`,
        [user.userId],
      );

      expect((await reset(token)).status).toBe(400);
      await loginAs(t.http, user.email, PASSWORD);
    });

    it('keeps the link working when the new password is refused', async () => {
      const user = await registerUser(t.http);
      await forgot(user.email);
      const token = await mailedToken(sink, user.email, '/reset-password');

      const weak = await reset(token, user.email);
      expect(weak.status).toBe(400);
      expect(weak.body.type).toBe('urn:groundwork:problem:validation');

      expect((await reset(token)).status).toBe(204);
    });

    it('only the newest link works, and tokens are stored hashed', async () => {
      const user = await registerUser(t.http);
      await forgot(user.email);
      const first = await mailedToken(sink, user.email, '/reset-password');
      const before = sink.messages.length;
      await forgot(user.email);
      const second = await mailedToken(sink, user.email, '/reset-password', before);
      expect(second).not.toBe(first);

      const rows = await sql<{ token_hash: string }>(
        t.databaseUrl,
        'SELECT token_hash FROM one_time_tokens WHERE user_id = $1',
        [user.userId],
      );
      expect(rows.map((r) => r.token_hash).join()).not.toContain(second);

      expect((await reset(first)).status).toBe(400);
      expect((await reset(second)).status).toBe(204);
    });

    it('refuses made-up and malformed tokens', async () => {
      expect((await reset('A'.repeat(43))).status).toBe(400);
      expect((await reset('<script>')).status).toBe(400);
    });
  });

  describe('email verification', () => {
    it('mails a link at sign-up whose token verifies the address once', async () => {
      const user = await registerUser(t.http);
      const token = await mailedToken(sink, user.email, '/verify-email');
      expect((await me(user.accessToken)).body.emailVerified).toBe(false);

      expect((await verify(token)).status).toBe(204);

      expect((await me(user.accessToken)).body.emailVerified).toBe(true);
      expect((await verify(token)).status).toBe(400);
    });

    it('resends a fresh link to a signed-in user, retiring the old one', async () => {
      const user = await registerUser(t.http);
      const first = await mailedToken(sink, user.email, '/verify-email');
      const before = sink.messages.length;

      expect((await t.http.post(`${API}/auth/email/verify/resend`, { token: user.accessToken })).status).toBe(202);
      const second = await mailedToken(sink, user.email, '/verify-email', before);

      expect((await verify(first)).status).toBe(400);
      expect((await verify(second)).status).toBe(204);
    });

    it('sends nothing more once verified, and needs a signed-in user', async () => {
      const user = await registerUser(t.http);
      await verify(await mailedToken(sink, user.email, '/verify-email'));
      const before = sink.messages.length;

      expect((await t.http.post(`${API}/auth/email/verify/resend`, { token: user.accessToken })).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sink.messages.slice(before).filter((m) => m.to.includes(user.email))).toEqual([]);
      expect((await t.http.post(`${API}/auth/email/verify/resend`)).status).toBe(401);
    });

    it('refuses an expired verification token', async () => {
      const user = await registerUser(t.http);
      const token = await mailedToken(sink, user.email, '/verify-email');
      await sql(
        t.databaseUrl,
        `UPDATE one_time_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.userId],
      );
      expect((await verify(token)).status).toBe(400);
    });
  });
});
