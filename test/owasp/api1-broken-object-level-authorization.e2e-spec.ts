import { randomUUID } from 'node:crypto';
import { databaseTargets } from '../support/databases.js';
import {
  API,
  type ApiDocument,
  BOOT_TIMEOUT,
  type Db,
  fillPath,
  openDb,
  operationsOf,
  pathParams,
  registerUser,
  requestSchema,
  sampleBody,
  servedDocument,
  type SignedIn,
  SLOW_TEST,
  stateDigest,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { type ObjectFixture, registeredFixtures } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API1:2023 Broken Object Level Authorization: a signed-in user puts someone else's id in every
// route that takes one. The routes come from the served document and the objects from the
// registered fixtures (test/**/*.fixture.ts), so a new module is attacked with ids of its own kind.

describe.each(databaseTargets())('API1 broken object level authorization on $name', (target) => {
  let t: TestApp;
  let db: Db;
  let document: ApiDocument;
  let fixtures: ObjectFixture[];
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(target, UNTHROTTLED);
    db = openDb(t.databaseUrl);
    document = await servedDocument(t.baseUrl);
    fixtures = await registeredFixtures();
    [alice, bob] = await Promise.all([registerUser(t.http), registerUser(t.http)]);
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await db.close();
    await t.close();
  }, BOOT_TIMEOUT);

  it('has a fixture for every route with a path parameter, so none goes unattacked', () => {
    const claimed = new Set(fixtures.flatMap((fixture) => fixture.paths));
    const unclaimed = operationsOf(document)
      .filter((op) => pathParams(op.path).length > 0 && !claimed.has(op.path))
      .map((op) => op.key);
    // Register a fixture (test/<feature>/<feature>.fixture.ts) that creates an object for these paths.
    expect(unclaimed).toEqual([]);
    const served = new Set(operationsOf(document).map((op) => op.path));
    expect([...claimed].filter((path) => !served.has(path))).toEqual([]);
  });

  it(
    "refuses another user's object on every route that addresses one, and changes nothing",
    async () => {
      let attacked = 0;
      for (const fixture of fixtures) {
        const bobs = await fixture.create(t.http, bob);
        const afterCreate = await stateDigest(db);
        for (const op of operationsOf(document).filter((candidate) => fixture.paths.includes(candidate.path))) {
          const schema = requestSchema(document, op.operation);
          const response = await t.http.request(
            op.method,
            fillPath(op.path, () => bobs),
            {
              token: alice.accessToken,
              // A valid body, so only authorization stands between Alice and Bob's data.
              body: schema ? sampleBody(document, schema) : undefined,
            },
          );
          expect({ op: op.key, status: response.status }).toEqual({ op: op.key, status: fixture.strangerStatus });
          expect(response.text).not.toContain(bob.email);
          attacked += 1;
        }
        expect({ fixture: fixture.name, unchanged: (await stateDigest(db)) === afterCreate }).toEqual({
          fixture: fixture.name,
          unchanged: true,
        });
      }
      expect(attacked).toBeGreaterThanOrEqual(fixtures.length);
    },
    SLOW_TEST,
  );

  it("answers a stranger's session id exactly like a made-up one, and the session keeps working", async () => {
    const theirs = await t.http.delete(`${API}/auth/sessions/${bob.sessionId}`, { token: alice.accessToken });
    const madeUp = await t.http.delete(`${API}/auth/sessions/${randomUUID()}`, { token: alice.accessToken });
    expect(theirs.status).toBe(404);
    expect({ type: theirs.body.type, detail: theirs.body.detail }).toEqual({
      type: madeUp.body.type,
      detail: madeUp.body.detail,
    });

    expect((await t.http.get(`${API}/users/me`, { token: bob.accessToken })).status).toBe(200);
    const bobsSessions = await t.http.get(`${API}/auth/sessions`, { token: bob.accessToken });
    expect(bobsSessions.body.items.map((s: { id: string }) => s.id)).toContain(bob.sessionId);
    const refreshed = await t.http.post(`${API}/auth/refresh`, { body: { refreshToken: bob.refreshToken } });
    expect(refreshed.status).toBe(200);
    bob = { ...bob, accessToken: refreshed.body.accessToken, refreshToken: refreshed.body.refreshToken };
  });

  it("lists only the caller's own sessions", async () => {
    const mine = await t.http.get(`${API}/auth/sessions`, { token: alice.accessToken });
    const ids = mine.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(alice.sessionId);
    expect(ids).not.toContain(bob.sessionId);
  });

  it('shows /users/me as the caller, whatever id a request smuggles in', async () => {
    // An unknown query parameter is ignored, never obeyed.
    const me = await t.http.get(`${API}/users/me?id=${bob.userId}&userId=${bob.userId}`, { token: alice.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(alice.userId);
    const patched = await t.http.patch(`${API}/users/me`, {
      token: alice.accessToken,
      body: { id: bob.userId, name: 'x' },
    });
    expect(patched.status).toBe(400);
    expect((await t.http.get(`${API}/users/me`, { token: bob.accessToken })).body.name).not.toBe('x');
  });
});
