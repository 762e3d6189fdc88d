import pg from 'pg';
import {
  API,
  createAdmin,
  loginAs,
  newCredentials,
  PASSWORD,
  registerUser,
  type SignedIn,
} from '../support/accounts.js';
import { mailedToken } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

/**
 * Every flow that writes more than one row is one transaction: a database error between its steps
 * (injected with a trigger that raises on one table) leaves nothing behind, and a retry succeeds.
 */
describe.each(databaseTargets())('Atomic multi-step writes on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: SignedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, { SMTP_URL: sink.url, APP_URL: 'http://app.test', ...UNTHROTTLED });
    admin = await createAdmin(t);
    await sql(
      t.databaseUrl,
      `CREATE FUNCTION gw_injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'injected failure on %', TG_TABLE_NAME; END $$`,
    );
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** Runs `work` while every `operation` on `table` fails with a database error. */
  async function failing<T>(table: string, operation: 'INSERT' | 'UPDATE', work: () => Promise<T>): Promise<T> {
    await sql(
      t.databaseUrl,
      `CREATE TRIGGER gw_injected_failure BEFORE ${operation} ON ${table} FOR EACH ROW EXECUTE FUNCTION gw_injected_failure()`,
    );
    try {
      return await work();
    } finally {
      await sql(t.databaseUrl, `DROP TRIGGER gw_injected_failure ON ${table}`);
    }
  }

  const me = (token: string) => t.http.get(`${API}/users/me`, { token });
  const count = async (query: string, params: unknown[]) =>
    Number((await sql<{ n: string }>(t.databaseUrl, `SELECT count(*)::text AS n FROM ${query}`, params))[0]?.n);

  it.each(['sessions', 'refresh_tokens', 'one_time_tokens'])(
    'register: a failure writing %s leaves no user, and the retry creates one (no 409)',
    async (table) => {
      const body = newCredentials('atomic');
      const failed = await failing(table, 'INSERT', () => t.http.post(`${API}/auth/register`, { body }));
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(await count('users WHERE email = $1', [body.email])).toBe(0);

      const retry = await t.http.post(`${API}/auth/register`, { body });
      expect(retry.status).toBe(201);
      expect(await count('one_time_tokens WHERE user_id = $1', [retry.body.user.id])).toBe(1);
    },
  );

  it('register: its connection ended mid-transaction (as a stopping PostgreSQL does) leaves no user', async () => {
    const body = newCredentials('atomic-kill');
    // Hold the flow at its last write: the user, session and refresh token are written, the link is not.
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE one_time_tokens IN SHARE ROW EXCLUSIVE MODE');
    let answer: ReturnType<typeof t.http.post> | undefined;
    try {
      answer = t.http.post(`${API}/auth/register`, { body });
      const waiting = await until(async () => {
        const rows = await sql<{ pid: number }>(
          t.databaseUrl,
          `SELECT pid FROM pg_locks WHERE relation = 'one_time_tokens'::regclass AND NOT granted`,
        );
        return rows[0]?.pid;
      }, 'the sign-up waiting at its last write');
      await sql(t.databaseUrl, 'SELECT pg_terminate_backend($1)', [waiting]);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await answer).status).toBeGreaterThanOrEqual(500);
    expect(await count('users WHERE email = $1', [body.email])).toBe(0);
    expect((await t.http.post(`${API}/auth/register`, { body })).status).toBe(201);
  });

  it('register: a COMMIT that fails (a deferred check) leaves no user', async () => {
    const body = newCredentials('atomic-commit');
    await sql(
      t.databaseUrl,
      `CREATE CONSTRAINT TRIGGER gw_commit_failure AFTER INSERT ON one_time_tokens
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gw_injected_failure()`,
    );
    try {
      expect((await t.http.post(`${API}/auth/register`, { body })).status).toBeGreaterThanOrEqual(500);
    } finally {
      await sql(t.databaseUrl, 'DROP TRIGGER gw_commit_failure ON one_time_tokens');
    }
    expect(await count('users WHERE email = $1', [body.email])).toBe(0);
    expect((await t.http.post(`${API}/auth/register`, { body })).status).toBe(201);
  });

  it('sign-in: a failure writing the refresh token opens no session', async () => {
    const user = await registerUser(t.http);
    const failed = await failing('refresh_tokens', 'INSERT', () =>
      t.http.post(`${API}/auth/login`, { body: { email: user.email, password: PASSWORD } }),
    );
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await count('sessions WHERE user_id = $1', [user.userId])).toBe(1);
    await loginAs(t.http, user.email);
  });

  it('password reset: a failure ending the sessions keeps the old password and the link', async () => {
    const user = await registerUser(t.http);
    await t.http.post(`${API}/auth/password/forgot`, { body: { email: user.email } });
    const token = await mailedToken(sink, user.email, '/reset-password');
    const body = { token, newPassword: 'a reset passphrase 31' };

    const failed = await failing('sessions', 'UPDATE', () => t.http.post(`${API}/auth/password/reset`, { body }));

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await me(user.accessToken)).status).toBe(200);
    await loginAs(t.http, user.email, PASSWORD);
    expect((await t.http.post(`${API}/auth/password/reset`, { body })).status).toBe(204);
    expect((await me(user.accessToken)).status).toBe(401);
  });

  it('password change: a failure ending the other sessions keeps the old password', async () => {
    const user = await registerUser(t.http);
    const other = await loginAs(t.http, user.email);
    const body = { currentPassword: PASSWORD, newPassword: 'a changed passphrase 32' };

    const failed = await failing('sessions', 'UPDATE', () =>
      t.http.post(`${API}/auth/password/change`, { token: user.accessToken, body }),
    );

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await me(other.accessToken)).status).toBe(200);
    expect((await t.http.post(`${API}/auth/password/change`, { token: user.accessToken, body })).status).toBe(204);
    expect((await me(other.accessToken)).status).toBe(401);
  });

  it('email verification: a failure marking the user keeps the link usable', async () => {
    const user = await registerUser(t.http);
    const token = await mailedToken(sink, user.email, '/verify-email');

    const failed = await failing('users', 'UPDATE', () => t.http.post(`${API}/auth/email/verify`, { body: { token } }));

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await t.http.post(`${API}/auth/email/verify`, { body: { token } })).status).toBe(204);
    expect((await me(user.accessToken)).body.emailVerified).toBe(true);
  });

  it('role change: a failure ending the sessions leaves the role as it was', async () => {
    const user = await registerUser(t.http);

    const failed = await failing('sessions', 'UPDATE', () =>
      t.http.patch(`${API}/users/${user.userId}`, { token: admin.accessToken, body: { role: 'admin' } }),
    );

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await me(user.accessToken)).body.role).toBe('user');
    const retry = await t.http.patch(`${API}/users/${user.userId}`, {
      token: admin.accessToken,
      body: { role: 'admin' },
    });
    expect(retry.status).toBe(200);
    expect((await me(user.accessToken)).status).toBe(401);
  });

  it('delete: a failure ending the sessions leaves the user in place', async () => {
    const user = await registerUser(t.http);

    const failed = await failing('sessions', 'UPDATE', () =>
      t.http.delete(`${API}/users/${user.userId}`, { token: admin.accessToken }),
    );

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await me(user.accessToken)).status).toBe(200);
    expect((await t.http.delete(`${API}/users/${user.userId}`, { token: admin.accessToken })).status).toBe(204);
    expect((await me(user.accessToken)).status).toBe(401);
  });

  it('email change: a failure issuing the verification link leaves the address as it was', async () => {
    const user = await registerUser(t.http);
    const email = newCredentials('moved').email;

    const failed = await failing('one_time_tokens', 'INSERT', () =>
      t.http.patch(`${API}/users/${user.userId}`, { token: admin.accessToken, body: { email } }),
    );

    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect((await me(user.accessToken)).body.email).toBe(user.email);
    const retry = await t.http.patch(`${API}/users/${user.userId}`, { token: admin.accessToken, body: { email } });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ email, emailVerified: false });
  });

  it('admin create: a failure writing the audit event creates no user', async () => {
    const body = { ...newCredentials('created'), role: 'user' };
    const failed = await failing('audit_events', 'INSERT', () =>
      t.http.post(`${API}/users`, { token: admin.accessToken, body }),
    );
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await count('users WHERE email = $1', [body.email])).toBe(0);
    expect((await t.http.post(`${API}/users`, { token: admin.accessToken, body })).status).toBe(201);
  });
});
