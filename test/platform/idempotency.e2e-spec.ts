import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { API, newCredentials } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { builtIdempotencyLib } from '../support/built.js';
import { databaseTargets } from '../support/databases.js';

/** Idempotency-Key retries: replay, mismatch, in flight, and a retry that lands on another instance. */
describe.each(databaseTargets())('Idempotent retries on $name', (target) => {
  let a: TestApp;
  let b: TestApp;
  let db: pg.Client;
  let env: Record<string, string>;

  beforeAll(async () => {
    // A generous statement timeout: one test holds a lock on purpose while a request waits on it.
    // One signing secret, as in a fleet: stored answers are sealed with it too.
    env = { DATABASE_STATEMENT_TIMEOUT_MS: '30000', JWT_SECRET: randomBytes(32).toString('hex') };
    a = await startTestApp(target, env);
    b = await startTestApp({ databaseUrl: a.databaseUrl }, { ...env, DATABASE_MIGRATE_ON_START: 'false' });
    db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await b.close();
    await a.close();
  });

  const register = (http: TestApp['http'], body: object, key?: string) =>
    http.post(`${API}/auth/register`, { body, headers: key === undefined ? {} : { 'idempotency-key': key } });
  const usersWith = async (email: string): Promise<number> =>
    Number((await db.query('SELECT count(*) AS n FROM users WHERE email = $1', [email])).rows[0].n);

  it('replays the first answer to a repeat with the same key and body, and creates one user', async () => {
    const body = newCredentials('idem-replay');
    const key = randomUUID();
    const first = await register(a.http, body, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();

    const again = await register(a.http, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await usersWith(body.email)).toBe(1);

    // Without a key, a repeat is a new request (and the email is taken).
    expect((await register(a.http, body)).status).toBe(409);
  });

  it('refuses the same key with another body (422) and a malformed key (400)', async () => {
    const key = randomUUID();
    expect((await register(a.http, newCredentials('idem-a'), key)).status).toBe(201);
    const other = await register(a.http, newCredentials('idem-b'), key);
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('urn:groundwork:problem:idempotency-key-mismatch');
    for (const bad of ['', 'x'.repeat(256), 'tab\there']) {
      const refused = await register(a.http, newCredentials('idem-c'), bad);
      expect(refused.status).toBe(400);
      expect(refused.body.type).toBe('urn:groundwork:problem:idempotency-key-invalid');
    }
  });

  it('accepts a short key (the draft sets no minimum) and replays it', async () => {
    // Unique per run: the anonymous scope is shared by every sign-up on this database.
    const key = `k-${randomUUID().slice(0, 4)}`;
    const body = newCredentials('idem-short');
    const first = await register(a.http, body, key);
    expect(first.status).toBe(201);
    const again = await register(b.http, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await usersWith(body.email)).toBe(1);
  });

  it('runs a request again once its key is past a short IDEMPOTENCY_TTL', async () => {
    const short = await startTestApp(
      { databaseUrl: a.databaseUrl },
      { ...env, DATABASE_MIGRATE_ON_START: 'false', IDEMPOTENCY_TTL: '1' },
    );
    try {
      const body = newCredentials('idem-ttl');
      const key = randomUUID();
      expect((await register(short.http, body, key)).status).toBe(201);
      const within = await register(short.http, body, key);
      expect(within.headers.get('idempotency-replayed')).toBe('true');
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      // Past the TTL the key is forgotten: the sign-up runs again and finds the email taken.
      const after = await register(short.http, body, key);
      expect(after.status).toBe(409);
      expect(after.headers.get('idempotency-replayed')).toBeNull();
      expect(await usersWith(body.email)).toBe(1);
    } finally {
      await short.close();
    }
  });

  it('answers 409 to a repeat while the first request is still running, then replays it', async () => {
    const body = newCredentials('idem-inflight');
    const key = randomUUID();
    // Hold the first request at its INSERT: writes to users wait for this lock.
    const holder = new pg.Client({ connectionString: a.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
    let first: Promise<Awaited<ReturnType<typeof register>>> | undefined;
    try {
      first = register(a.http, body, key);
      // Wait until the first request has claimed the key and is blocked on the lock.
      for (let i = 0; i < 200; i += 1) {
        const waiting = await db.query(
          `SELECT count(*) AS n FROM pg_locks WHERE relation = 'users'::regclass AND NOT granted`,
        );
        if (Number(waiting.rows[0].n) > 0) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const during = await register(b.http, body, key);
      expect(during.status).toBe(409);
      expect(during.body.type).toBe('urn:groundwork:problem:idempotency-key-in-flight');
      expect(during.headers.get('retry-after')).toBe('1');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    const completed = await first;
    expect(completed.status).toBe(201);
    const after = await register(b.http, body, key);
    expect(after.status).toBe(201);
    expect(after.headers.get('idempotency-replayed')).toBe('true');
    expect(after.body.user.id).toBe(completed.body.user.id);
    expect(await usersWith(body.email)).toBe(1);
  });

  it('creates exactly one user when a retry lands on another instance, even at the same moment', async () => {
    const body = newCredentials('idem-two');
    const key = randomUUID();
    const [onA, onB] = await Promise.all([register(a.http, body, key), register(b.http, body, key)]);
    expect([onA.status, onB.status].sort()).toEqual(expect.arrayContaining([201]));
    for (const response of [onA, onB]) {
      expect([201, 409]).toContain(response.status);
    }
    const retried = await register(b.http, body, key);
    expect(retried.status).toBe(201);
    expect(retried.body.user.id).toBe((onA.status === 201 ? onA : onB).body.user.id);
    expect(await usersWith(body.email)).toBe(1);
  });

  it('prunes expired keys, on a jobs schedule (once per period across the fleet, not a timer per process)', async () => {
    const key = randomUUID();
    expect((await register(a.http, newCredentials('idem-prune'), key)).status).toBe(201);
    await db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second'`);
    const { IdempotencyPruner } = await builtIdempotencyLib();
    expect(await a.app.get(IdempotencyPruner).prune()).toBeGreaterThan(0);
    expect(Number((await db.query('SELECT count(*) AS n FROM idempotency_keys')).rows[0].n)).toBe(0);
    const scheduled = await db.query(`SELECT cron FROM pgboss.schedule WHERE name = 'idempotency.prune'`);
    expect(scheduled.rows).toEqual([{ cron: '0 * * * *' }]);
  });
});
