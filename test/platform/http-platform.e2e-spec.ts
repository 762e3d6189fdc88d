import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(databaseTargets())('HTTP platform on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target, { BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://app.example' });
  });
  afterAll(() => t.close());

  it('answers liveness and readiness', async () => {
    expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  it('serves Swagger UI and the OpenAPI document', async () => {
    const ui = await t.http.get('/docs', { unchecked: true });
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
    const doc = await t.http.get('/docs-json', { unchecked: true });
    expect(doc.body.info.title).toBe('Groundwork API');
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.body.components.schemas.ProblemDetailsDto).toBeDefined();
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await t.http.get('/api/v1/anything');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      instance: '/api/v1/anything',
    });
    expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await t.http.post('/api/v1/auth/login', {
      rawBody: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toBe('The request body is not valid JSON');
  });

  it('refuses plain text with 415', async () => {
    const response = await t.http.post('/api/v1/auth/login', {
      rawBody: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
  });

  it('refuses other media types with 415', async () => {
    const response = await t.http.post('/api/v1/auth/login', {
      rawBody: 'email=a@b.c',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses a body over BODY_LIMIT with 413', async () => {
    const response = await t.http.post('/api/v1/auth/login', {
      body: { email: 'a@example.com', password: 'x'.repeat(4096) },
    });
    expect(response.status).toBe(413);
  });

  it('reports validation failures field by field', async () => {
    const response = await t.http.post('/api/v1/auth/login', { body: { email: 'not-an-email', extra: 1 } });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:groundwork:problem:validation');
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'extra']));
  });

  it('keeps a sane x-request-id and replaces an unsafe one', async () => {
    const kept = await t.http.get('/health/live', { headers: { 'x-request-id': 'trace-123.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-123.abc');
    const replaced = await t.http.get('/health/live', { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and no x-powered-by', async () => {
    const response = await t.http.get('/health/live');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const docs = await t.http.get('/docs', { unchecked: true });
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('allows CORS only from CORS_ORIGINS', async () => {
    const allowed = await fetch(`${t.baseUrl}/api/v1/users/me`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const refused = await fetch(`${t.baseUrl}/api/v1/users/me`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});
