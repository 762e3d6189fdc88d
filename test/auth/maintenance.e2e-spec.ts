import { loginAs, registerUser } from '../support/accounts.js';
import { databaseTargets, sql } from '../support/databases.js';
import { builtAuthLib } from '../support/built.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('Auth table maintenance on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  it('deletes long-ended sessions and spent tokens, and keeps live and recent ones', async () => {
    const user = await registerUser(t.http);
    const old = await loginAs(t.http, user.email, user.password);
    const recent = await loginAs(t.http, user.email, user.password);
    const live = await loginAs(t.http, user.email, user.password);
    await sql(t.databaseUrl, `UPDATE sessions SET revoked_at = now() - interval '40 days' WHERE id = $1`, [
      old.sessionId,
    ]);
    await sql(t.databaseUrl, `UPDATE sessions SET revoked_at = now() - interval '2 days' WHERE id = $1`, [
      recent.sessionId,
    ]);
    await sql(t.databaseUrl, `UPDATE one_time_tokens SET expires_at = now() - interval '3 days' WHERE user_id = $1`, [
      user.userId,
    ]);

    const { AuthMaintenance } = await builtAuthLib();
    const pruned = await t.app.get(AuthMaintenance).prune(new Date());
    expect(pruned).toEqual({ sessions: 1, oneTimeTokens: 1 });

    const ids = (
      await sql<{ id: string }>(t.databaseUrl, 'SELECT id FROM sessions WHERE user_id = $1', [user.userId])
    ).map((row) => row.id);
    expect(ids).not.toContain(old.sessionId);
    expect(ids).toEqual(expect.arrayContaining([recent.sessionId, live.sessionId, user.sessionId]));
    expect((await t.http.get('/api/v1/users/me', { token: live.accessToken })).status).toBe(200);
    expect(await t.app.get(AuthMaintenance).prune(new Date())).toEqual({ sessions: 0, oneTimeTokens: 0 });
  });
});
