import pg from 'pg';
import {
  API,
  createAdmin,
  loginAs,
  newCredentials,
  registerUser,
  type SignedIn,
  uniqueEmail,
} from '../support/accounts.js';
import { mailedToken } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { lockWaitersOrSettled } from '../support/interleave.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('User administration rules on $name', (target) => {
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
  const activeAdmins = async () =>
    Number(
      (
        await sql<{ n: string }>(
          t.databaseUrl,
          `SELECT count(*)::text AS n FROM users WHERE role = 'admin' AND deleted_at IS NULL`,
        )
      )[0]?.n,
    );
  /** An admin who is the only active one (every other admin is demoted in the database). */
  async function soleAdmin(): Promise<SignedIn> {
    const admin = await createAdmin(t);
    await sql(t.databaseUrl, `UPDATE users SET role = 'user' WHERE role = 'admin' AND id <> $1`, [admin.userId]);
    return admin;
  }

  describe('the last active admin (9.4)', () => {
    it('cannot demote themselves: 409 naming why', async () => {
      const admin = await soleAdmin();
      const response = await t.http.patch(`${API}/users/${admin.userId}`, {
        token: admin.accessToken,
        body: { role: 'user' },
      });
      expect(response.status).toBe(409);
      expect(response.body.type).toBe('urn:groundwork:problem:last-admin');
      expect(response.body.detail).toMatch(/last active admin/);
      expect((await me(admin.accessToken)).body.role).toBe('admin');
    });

    it('cannot be deleted, by id or through /users/me', async () => {
      const admin = await soleAdmin();
      const byId = await t.http.delete(`${API}/users/${admin.userId}`, { token: admin.accessToken });
      const self = await t.http.delete(`${API}/users/me`, { token: admin.accessToken });
      expect([byId.status, self.status]).toEqual([409, 409]);
      expect(self.body.type).toBe('urn:groundwork:problem:last-admin');
      expect((await me(admin.accessToken)).status).toBe(200);
    });

    it('can step down once another admin exists', async () => {
      const first = await soleAdmin();
      await createAdmin(t);
      const response = await t.http.patch(`${API}/users/${first.userId}`, {
        token: first.accessToken,
        body: { role: 'user' },
      });
      expect(response.status).toBe(200);
    });

    it('two admins demoting each other at once leave one admin', async () => {
      const a = await soleAdmin();
      const b = await createAdmin(t);
      // Stop the first demotion inside its transaction, right after its update, until the second has started.
      await sql(
        t.databaseUrl,
        `CREATE TABLE IF NOT EXISTS gw_hold (id int PRIMARY KEY);
         INSERT INTO gw_hold VALUES (1) ON CONFLICT DO NOTHING;
         CREATE OR REPLACE FUNCTION gw_hold_once() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           DELETE FROM gw_hold WHERE id = 1;
           IF FOUND THEN PERFORM pg_advisory_xact_lock(424242); END IF;
           RETURN NEW;
         END $$;
         CREATE TRIGGER gw_hold_once AFTER UPDATE ON users FOR EACH ROW
           WHEN (OLD.role = 'admin' AND NEW.role <> 'admin') EXECUTE FUNCTION gw_hold_once();`,
      );
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock(424242)');
        const first = t.http.patch(`${API}/users/${b.userId}`, { token: a.accessToken, body: { role: 'user' } });
        await lockWaitersOrSettled(t.databaseUrl, 1, first);
        const second = t.http.patch(`${API}/users/${a.userId}`, { token: b.accessToken, body: { role: 'user' } });
        await lockWaitersOrSettled(t.databaseUrl, 2, second);
        await holder.query('SELECT pg_advisory_unlock(424242)');

        const statuses = (await Promise.all([first, second])).map((r) => r.status);

        expect(statuses).toEqual([200, 409]);
        expect(await activeAdmins()).toBe(1);
      } finally {
        await holder.end();
        await sql(t.databaseUrl, 'DROP TRIGGER gw_hold_once ON users');
      }
    });
  });

  describe('email changes by an admin (9.5)', () => {
    it('mark the address unverified, mail a link to the new one and a notice to the old one', async () => {
      const admin = await createAdmin(t);
      const user = await registerUser(t.http);
      await t.http.post(`${API}/auth/email/verify`, {
        body: { token: await mailedToken(sink, user.email, '/verify-email') },
      });
      expect((await me(user.accessToken)).body.emailVerified).toBe(true);
      const newEmail = uniqueEmail('moved');

      const changed = await t.http.patch(`${API}/users/${user.userId}`, {
        token: admin.accessToken,
        body: { email: newEmail },
      });

      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ email: newEmail, emailVerified: false });
      const notice = await sink.waitFor(
        (m) => m.to.includes(user.email) && /email address was changed/i.test(m.subject),
      );
      expect(notice.text).toContain(newEmail);
      const token = await mailedToken(sink, newEmail, '/verify-email');
      expect((await t.http.post(`${API}/auth/email/verify`, { body: { token } })).status).toBe(204);
      expect((await me(user.accessToken)).body).toMatchObject({ email: newEmail, emailVerified: true });
    });
  });

  describe('audit events for admin actions (9.9)', () => {
    interface AuditRow {
      action: string;
      actor_id: string | null;
      target_id: string;
      changes: Record<string, unknown>;
      request_id: string | null;
    }
    const events = (targetId: string) =>
      sql<AuditRow>(
        t.databaseUrl,
        `SELECT action, actor_id, target_id, changes, request_id FROM audit_events WHERE target_id = $1 ORDER BY occurred_at, id`,
        [targetId],
      );

    it('record create, change, delete and restore with actor, target, what changed and the request id', async () => {
      const admin = await createAdmin(t);
      const headers = (id: string) => ({ 'x-request-id': `audit-${id}` });
      const body = { ...newCredentials('audited'), role: 'user' };
      const created = await t.http.post(`${API}/users`, { token: admin.accessToken, body, headers: headers('create') });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const newEmail = uniqueEmail('audited-moved');
      await t.http.patch(`${API}/users/${id}`, {
        token: admin.accessToken,
        body: { email: newEmail, name: 'Renamed', role: 'admin' },
        headers: headers('update'),
      });
      await t.http.delete(`${API}/users/${id}`, { token: admin.accessToken, headers: headers('delete') });
      await t.http.post(`${API}/users/${id}/restore`, { token: admin.accessToken, headers: headers('restore') });

      const rows = await events(id);

      expect(rows.map((r) => [r.action, r.actor_id, r.request_id])).toEqual([
        ['user.created', admin.userId, 'audit-create'],
        ['user.updated', admin.userId, 'audit-update'],
        ['user.deleted', admin.userId, 'audit-delete'],
        ['user.restored', admin.userId, 'audit-restore'],
      ]);
      expect(rows[0]?.changes).toEqual({ email: { to: body.email }, name: { to: body.name }, role: { to: 'user' } });
      expect(rows[1]?.changes).toEqual({
        email: { from: body.email, to: newEmail },
        name: { from: body.name, to: 'Renamed' },
        role: { from: 'user', to: 'admin' },
      });
    });
  });

  describe('front-end friction (9.12)', () => {
    it('logout takes the refresh token alone, without an access token', async () => {
      const user = await registerUser(t.http);
      const other = await loginAs(t.http, user.email);

      const response = await t.http.post(`${API}/auth/logout`, { body: { refreshToken: user.refreshToken } });

      expect(response.status).toBe(204);
      expect((await me(user.accessToken)).status).toBe(401);
      expect((await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: user.refreshToken } })).status).toBe(
        401,
      );
      expect((await me(other.accessToken)).status).toBe(200);
      const unknown = await t.http.post(`${API}/auth/logout`, { body: { refreshToken: 'A'.repeat(43) } });
      expect(unknown.status).toBe(401);
    });

    it("shows an admin a deleted user's record with deletedAt", async () => {
      const admin = await createAdmin(t);
      const user = await registerUser(t.http, { email: newCredentials('gone').email });
      await t.http.delete(`${API}/users/${user.userId}`, { token: admin.accessToken });

      expect((await t.http.get(`${API}/users/${user.userId}`, { token: admin.accessToken })).status).toBe(404);
      const deleted = await t.http.get(`${API}/users/${user.userId}?deleted=true`, { token: admin.accessToken });
      expect(deleted.status).toBe(200);
      expect(deleted.body.id).toBe(user.userId);
      expect(Date.parse(deleted.body.deletedAt)).not.toBeNaN();
      const listed = await t.http.get(`${API}/users?deleted=true&email=${encodeURIComponent(user.email)}`, {
        token: admin.accessToken,
      });
      expect(listed.body.items).toEqual([
        expect.objectContaining({ id: user.userId, deletedAt: deleted.body.deletedAt }),
      ]);
      expect((await me(admin.accessToken)).body.deletedAt).toBeNull();
    });
  });
});
