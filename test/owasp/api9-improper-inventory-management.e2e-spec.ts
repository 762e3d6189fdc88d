import { databaseTargets } from '../support/databases.js';
import {
  API,
  type ApiDocument,
  BOOT_TIMEOUT,
  operationsOf,
  registeredRoutes,
  registerUser,
  servedDocument,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API9:2023 Improper Inventory Management: what the server routes and what the document says
// must be the same set, with no forgotten, unversioned or shadow endpoint.

/** Swagger UI's own files and documents (/docs, /docs/*, /docs-json, /docs-yaml): not API operations. */
const isDocsRoute = (path: string) => path.startsWith('/docs');

/** The public surface, reviewed: a new operation without authentication fails until it is added here. */
const PUBLIC_OPERATIONS = [
  'GET /health/live',
  'GET /health/ready',
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/password/forgot',
  'POST /api/v1/auth/password/reset',
  'POST /api/v1/auth/email/verify',
];

describe.each(databaseTargets())('API9 improper inventory management on $name', (target) => {
  let t: TestApp;
  let document: ApiDocument;

  beforeAll(async () => {
    t = await startTestApp(target, UNTHROTTLED);
    document = await servedDocument(t.baseUrl);
  }, BOOT_TIMEOUT);
  afterAll(() => t.close(), BOOT_TIMEOUT);

  const routed = () =>
    registeredRoutes(t.app)
      .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !isDocsRoute(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);

  it('routes exactly the operations the document lists', () => {
    const documented = operationsOf(document).map((op) => op.key);
    const actual = routed();
    // The router reading works (the control): it finds routes we know exist.
    expect(actual).toEqual(expect.arrayContaining([`GET ${API}/users/{id}`, 'GET /health/live']));
    expect(new Set(actual).size).toBe(actual.length);
    expect({ undocumented: actual.filter((r) => !documented.includes(r)) }).toEqual({ undocumented: [] });
    expect({ unrouted: documented.filter((d) => !actual.includes(d)) }).toEqual({ unrouted: [] });
  });

  it('serves the API under /api/v1 only, besides the probes and the docs', () => {
    const stray = routed().filter((r) => !/^[A-Z]+ (\/api\/v1\/|\/health\/(live|ready)$)/.test(r));
    expect(stray).toEqual([]);
  });

  it('does not answer retired, unversioned or future versions of the routes', async () => {
    const user = await registerUser(t.http);
    for (const path of ['/users/me', '/api/users/me', '/api/v0/users/me', '/api/v2/users/me', '/v1/users/me']) {
      const response = await t.http.get(path, { token: user.accessToken });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);
  });

  it('documents who runs what: a version, a title, and which operations need a bearer token', () => {
    const info = (document as unknown as { info: { title: string; version: string } }).info;
    expect(info.title).toBe('Groundwork API');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    const secured = (op: ReturnType<typeof operationsOf>[number]) =>
      op.operation.security?.some((requirement) => 'bearer' in requirement) === true;
    const publicOps = operationsOf(document).filter((op) => !secured(op));
    expect(publicOps.map((op) => op.key).sort()).toEqual([...PUBLIC_OPERATIONS].sort());
    for (const op of operationsOf(document).filter(secured)) {
      expect({ op: op.key, documents401: op.operation.responses['401'] !== undefined }).toEqual({
        op: op.key,
        documents401: true,
      });
    }
  });
});
