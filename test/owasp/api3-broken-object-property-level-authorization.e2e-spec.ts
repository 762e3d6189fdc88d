import { randomUUID } from 'node:crypto';
import { databaseTargets } from '../support/databases.js';
import {
  API,
  type ApiDocument,
  BOOT_TIMEOUT,
  createAdmin,
  type Db,
  deref,
  fillPath,
  keysDeep,
  openDb,
  operationsOf,
  recordResponses,
  registerUser,
  requestSchema,
  sampleBody,
  servedDocument,
  type SignedIn,
  SLOW_TEST,
  stateDigest,
  uniqueEmail,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { registeredFixtures } from '../support/fixtures.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API3:2023 Broken Object Property Level Authorization: writing properties the caller may not set
// (mass assignment), and reading properties nobody should see (hashes, secrets, tokens).

/** Properties no caller may write through these routes. */
const FORBIDDEN_WRITES: Record<string, unknown> = {
  role: 'admin',
  emailVerified: true,
  id: randomUUID(),
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$forged',
  createdAt: '2000-01-01T00:00:00.000Z',
  deletedAt: null,
};

/** What a server keeps for itself on any object: who owns it, its identity and its history. */
const SERVER_OWNED: Record<string, unknown> = {
  id: randomUUID(),
  ownerId: randomUUID(),
  userId: randomUUID(),
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  deletedAt: '2000-01-01T00:00:00.000Z',
  version: 99,
};

const SECRET_KEY = /password|hash|secret|token_hash/i;
/** Where a token may appear in a body: the responses that hand them out. */
const TOKEN_ISSUERS = new Set(['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/auth/refresh']);

describe.each(databaseTargets())('API3 broken object property level authorization on $name', (target) => {
  let t: TestApp;
  let db: Db;
  let sink: SmtpSink;
  let user: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, { ...UNTHROTTLED, SMTP_URL: sink.url, APP_URL: 'https://app.example.test' });
    db = openDb(t.databaseUrl);
    [user, admin] = await Promise.all([registerUser(t.http), createAdmin(t)]);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await db.close();
    await t.close();
    await sink.close();
  }, BOOT_TIMEOUT);

  it(
    "refuses server-owned properties on every write of every registered object's routes, and changes nothing",
    async () => {
      const document: ApiDocument = await servedDocument(t.baseUrl);
      let refused = 0;
      for (const fixture of await registeredFixtures()) {
        // The caller the object's routes serve: its owner, or an admin for admin-only objects.
        const caller = fixture.strangerStatus === 403 ? admin : user;
        const id = await fixture.create(t.http, caller);
        // The object's routes and their collection (`/projects/{id}` -> `/projects`), where it is created.
        const paths = new Set(fixture.paths.flatMap((path) => [path, path.replace(/\/\{[^}]+\}$/, '')]));
        const before = await stateDigest(db);
        for (const op of operationsOf(document).filter((candidate) => paths.has(candidate.path))) {
          const schema = requestSchema(document, op.operation);
          if (!schema) {
            continue;
          }
          const declared = new Set(Object.keys((deref(document, schema)?.properties ?? {}) as object));
          for (const [property, value] of Object.entries(SERVER_OWNED).filter(([name]) => !declared.has(name))) {
            const response = await t.http.request(
              op.method,
              fillPath(op.path, () => id),
              { token: caller.accessToken, body: { ...sampleBody(document, schema), [property]: value } },
            );
            const fields = ((response.body?.errors ?? []) as { field: string }[]).map((error) => error.field);
            expect({ op: op.key, property, status: response.status, named: fields.includes(property) }).toEqual({
              op: op.key,
              property,
              status: 400,
              named: true,
            });
            refused += 1;
          }
        }
        expect({ fixture: fixture.name, unchanged: (await stateDigest(db)) === before }).toEqual({
          fixture: fixture.name,
          unchanged: true,
        });
      }
      // Every registered kind with a write route was attacked (users and webhooks today).
      expect(refused).toBeGreaterThan(0);
    },
    SLOW_TEST,
  );

  const userRow = async (id: string) => (await db.query('SELECT * FROM users WHERE id = $1', [id]))[0];

  it('refuses privileged properties at sign-up and creates no account', async () => {
    for (const [property, value] of Object.entries(FORBIDDEN_WRITES)) {
      const email = uniqueEmail('mass');
      const response = await t.http.post(`${API}/auth/register`, {
        body: { email, password: 'correct horse battery staple 7', name: 'Mass', [property]: value },
      });
      expect({ property, status: response.status }).toEqual({ property, status: 400 });
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(property);
      expect(await db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
    }
  });

  it('refuses anything but name on PATCH /users/me and leaves the account as it was', async () => {
    const before = await userRow(user.userId);
    for (const [property, value] of Object.entries({ ...FORBIDDEN_WRITES, email: uniqueEmail(), password: 'x' })) {
      const response = await t.http.patch(`${API}/users/me`, {
        token: user.accessToken,
        body: { name: 'Still Me', [property]: value },
      });
      expect({ property, status: response.status }).toEqual({ property, status: 400 });
    }
    expect(await userRow(user.userId)).toEqual(before);
  });

  it(
    'refuses internal properties on the admin routes too (role is the one an admin may set)',
    async () => {
      const victim = await registerUser(t.http);
      const before = await userRow(victim.userId);
      const internal = Object.entries(FORBIDDEN_WRITES).filter(([property]) => property !== 'role');
      for (const [property, value] of [...internal, ['password', 'another password 99'] as const]) {
        const patch = await t.http.patch(`${API}/users/${victim.userId}`, {
          token: admin.accessToken,
          body: { name: 'Renamed', [property]: value },
        });
        expect({ route: 'PATCH', property, status: patch.status }).toEqual({ route: 'PATCH', property, status: 400 });
        if (property === 'password') {
          continue; // an admin does give a new user a password
        }
        const create = await t.http.post(`${API}/users`, {
          token: admin.accessToken,
          body: {
            email: uniqueEmail(),
            password: 'correct horse battery staple 8',
            name: 'N',
            role: 'user',
            [property]: value,
          },
        });
        expect({ route: 'POST', property, status: create.status }).toEqual({ route: 'POST', property, status: 400 });
      }
      expect(await userRow(victim.userId)).toEqual(before);
    },
    SLOW_TEST,
  );

  it('refuses prototype pollution in JSON bodies', async () => {
    for (const raw of [
      '{"name":"P","__proto__":{"role":"admin"}}',
      '{"name":"P","constructor":{"prototype":{"role":"admin"}}}',
    ]) {
      const response = await t.http.patch(`${API}/users/me`, {
        token: user.accessToken,
        rawBody: raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
    }
    expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).body.role).toBe('user');
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it(
    'never shows a password, hash or secret in any response of a full journey',
    async () => {
      const log = recordResponses(t.http);
      const password = 'journey password 1234';
      const newPassword = 'journey password 5678';
      const email = uniqueEmail('journey');

      const registered = await t.http.post(`${API}/auth/register`, { body: { email, password, name: 'Journey' } });
      const verifyMail = await sink.waitFor((m) => m.to.includes(email) && /confirm/i.test(m.subject));
      const verifyToken = sink.linkFrom(verifyMail, 'token=').searchParams.get('token') ?? '';
      let access = registered.body.accessToken as string;
      const login = await t.http.post(`${API}/auth/login`, { body: { email, password } });
      await t.http.get(`${API}/users/me`, { token: access });
      await t.http.patch(`${API}/users/me`, { token: access, body: { name: 'Journey Two' } });
      await t.http.get(`${API}/auth/sessions`, { token: access });
      await t.http.post(`${API}/auth/email/verify`, { body: { token: verifyToken } });
      await t.http.post(`${API}/auth/email/verify/resend`, { token: access });
      const refreshed = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: login.body.refreshToken } });
      access = refreshed.body.accessToken;
      await t.http.post(`${API}/auth/password/change`, {
        token: access,
        body: { currentPassword: password, newPassword },
      });
      await t.http.post(`${API}/auth/password/forgot`, { body: { email } });
      const resetMail = await sink.waitFor((m) => m.to.includes(email) && /reset/i.test(m.subject));
      const resetToken = sink.linkFrom(resetMail, 'token=').searchParams.get('token') ?? '';
      await t.http.post(`${API}/auth/password/reset`, { body: { token: resetToken, newPassword: password } });
      await t.http.post(`${API}/auth/login`, { body: { email, password } });
      const id = registered.body.user.id as string;

      // The admin's view of the same account, and some refusals.
      const token = admin.accessToken;
      await t.http.get(`${API}/users?q=journey&limit=100`, { token });
      await t.http.get(`${API}/users/${id}`, { token });
      await t.http.patch(`${API}/users/${id}`, { token, body: { name: 'Renamed By Admin' } });
      await t.http.post(`${API}/users`, {
        token,
        body: { email: uniqueEmail(), password: 'created by admin 123', name: 'Made', role: 'user' },
      });
      await t.http.delete(`${API}/users/${id}`, { token });
      await t.http.get(`${API}/users?deleted=true`, { token });
      await t.http.post(`${API}/users/${id}/restore`, { token });
      await t.http.post(`${API}/auth/login`, { body: { email, password: 'wrong password 000' } });
      await t.http.post(`${API}/auth/register`, { body: { email, password, name: 'Again' } });
      await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: login.body.refreshToken } });
      await t.http.get(`${API}/users/me`, { token: 'not-a-token' });

      // The journey really happened: every step until the refusals succeeded.
      const statuses = log.map((entry) => `${entry.method} ${entry.path.split('?')[0]} ${entry.response.status}`);
      expect(statuses.slice(0, 17).filter((line) => !/ 20\d$/.test(line))).toEqual([]);
      const secrets = [password, newPassword, verifyToken, resetToken];
      for (const { method, path, response } of log) {
        const where = `${method} ${path} -> ${response.status}`;
        const route = path.split('?')[0] ?? '';
        for (const { key, path: at } of keysDeep(response.body)) {
          expect({ where, key: at, secret: SECRET_KEY.test(key) }).toEqual({ where, key: at, secret: false });
          if (/token/i.test(key)) {
            expect({ where, key: at, issuer: TOKEN_ISSUERS.has(route) }).toEqual({ where, key: at, issuer: true });
          }
        }
        expect(response.text).not.toContain('$argon2');
        for (const secret of secrets) {
          expect({ where, leaks: response.text.includes(secret) }).toEqual({ where, leaks: false });
        }
      }
    },
    SLOW_TEST,
  );
});
