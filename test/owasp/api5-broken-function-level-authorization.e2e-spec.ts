import { randomUUID } from 'node:crypto';
import { databaseTargets } from '../support/databases.js';
import { fixtureFor } from '../support/fixtures.js';
import {
  API,
  type ApiDocument,
  BOOT_TIMEOUT,
  createAdmin,
  type Db,
  fillPath,
  loginAs,
  openDb,
  type OperationRef,
  operationsOf,
  registerUser,
  requestSchema,
  sampleBody,
  servedDocument,
  type SignedIn,
  SLOW_TEST,
  stateDigest,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API5:2023 Broken Function Level Authorization: every admin operation, found in the served
// document by its documented 403, is called by a regular user and anonymously.

describe.each(databaseTargets())('API5 broken function level authorization on $name', (target) => {
  let t: TestApp;
  let db: Db;
  let document: ApiDocument;
  let adminOps: OperationRef[];
  let user: SignedIn;
  let victim: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, UNTHROTTLED);
    db = openDb(t.databaseUrl);
    document = await servedDocument(t.baseUrl);
    adminOps = operationsOf(document).filter((op) => op.operation.responses['403'] !== undefined);
    [user, victim, admin] = await Promise.all([registerUser(t.http), registerUser(t.http), createAdmin(t)]);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await db.close();
    await t.close();
  }, BOOT_TIMEOUT);

  /** The operation as an attacker would call it: a real target id and a valid body. */
  const targets = new Map<string, Promise<string>>();
  /** The victim's object of the path's kind (from its registered fixture), created once. */
  const targetFor = async (path: string): Promise<string> => {
    const fixture = await fixtureFor(path);
    if (!fixture) {
      return randomUUID(); // unclaimed paths fail API1's coverage spec
    }
    let id = targets.get(fixture.name);
    if (!id) {
      id = fixture.create(t.http, victim);
      targets.set(fixture.name, id);
    }
    return id;
  };
  const call = async (op: OperationRef, token?: string) => {
    const schema = requestSchema(document, op.operation);
    const id = await targetFor(op.path);
    return t.http.request(
      op.method,
      fillPath(op.path, () => id),
      {
        token,
        body: schema ? sampleBody(document, schema) : undefined,
      },
    );
  };

  it('finds the admin operations in the document', () => {
    expect(adminOps.map((op) => op.key).sort()).toEqual(
      expect.arrayContaining([
        'DELETE /api/v1/users/{id}',
        'GET /api/v1/users',
        'GET /api/v1/users/{id}',
        'PATCH /api/v1/users/{id}',
        'POST /api/v1/users',
        'POST /api/v1/users/{id}/restore',
      ]),
    );
    // Every one of them is documented as needing a bearer token.
    for (const op of adminOps) {
      expect({ op: op.key, secured: op.operation.security?.some((s) => 'bearer' in s) }).toEqual({
        op: op.key,
        secured: true,
      });
    }
  });

  it('refuses every admin operation to a regular user (403) and changes nothing', async () => {
    const before = await stateDigest(db);
    for (const op of adminOps) {
      const response = await call(op, user.accessToken);
      expect({ op: op.key, status: response.status }).toEqual({ op: op.key, status: 403 });
    }
    expect(await stateDigest(db)).toBe(before);
  });

  it('refuses every admin operation anonymously and with a junk token (401)', async () => {
    const before = await stateDigest(db);
    for (const op of adminOps) {
      for (const token of [undefined, 'junk']) {
        const response = await call(op, token);
        expect({ op: op.key, token, status: response.status }).toEqual({ op: op.key, token, status: 401 });
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(await stateDigest(db)).toBe(before);
  });

  it('refuses every secured operation anonymously (401)', async () => {
    const secured = operationsOf(document).filter((op) => op.operation.security?.some((s) => 'bearer' in s));
    expect(secured.length).toBeGreaterThan(adminOps.length);
    for (const op of secured) {
      const response = await call(op);
      expect({ op: op.key, status: response.status }).toEqual({ op: op.key, status: 401 });
    }
  });

  it('lets an admin through, so the refusals above are about the role (the control)', async () => {
    expect((await t.http.get(`${API}/users`, { token: admin.accessToken })).status).toBe(200);
    expect((await t.http.get(`${API}/users/${victim.userId}`, { token: admin.accessToken })).status).toBe(200);
  });

  it(
    'takes admin rights away at once when an admin is demoted',
    async () => {
      const other = await createAdmin(t);
      expect((await t.http.get(`${API}/users`, { token: other.accessToken })).status).toBe(200);
      const demoted = await t.http.patch(`${API}/users/${other.userId}`, {
        token: admin.accessToken,
        body: { role: 'user' },
      });
      expect(demoted.status).toBe(200);
      // The old token claims admin; it must not work any more, as admin or at all.
      const stale = await t.http.get(`${API}/users`, { token: other.accessToken });
      expect([401, 403]).toContain(stale.status);
      const fresh = await loginAs(t.http, other.email, other.password);
      expect((await t.http.get(`${API}/users`, { token: fresh.accessToken })).status).toBe(403);
    },
    SLOW_TEST,
  );
});
