import { jest } from '@jest/globals';
import { builtHealthLib, builtThrottlingLib } from '../support/built.js';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * GET /health/live and /health/ready are answered before Nest's guards, interceptors and pipes
 * (LeanProbes), yet look like every other answer: request id, security headers, problem+json.
 */
describe.each(databaseTargets())('Lean health probes on $name', (target) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t.close());

  it('answers probes without running the global guards, which every API route still runs', async () => {
    const { ProblemThrottlerGuard } = await builtThrottlingLib();
    const guard = jest.spyOn(ProblemThrottlerGuard.prototype, 'canActivate');
    try {
      expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
      expect((await t.http.get('/health/ready')).body).toEqual({ status: 'ok', checks: { database: 'up' } });
      expect(guard).not.toHaveBeenCalled();
      await t.http.get('/api/v1/users/me', { unchecked: true });
      expect(guard).toHaveBeenCalledTimes(1);
    } finally {
      guard.mockRestore();
    }
  });

  it('keeps the request id and the security headers of an API answer', async () => {
    const live = await t.http.get('/health/live', { headers: { 'x-request-id': 'probe-42' } });
    expect(live.headers.get('x-request-id')).toBe('probe-42');
    const api = await t.http.get('/api/v1/users/me', { unchecked: true });
    for (const name of ['content-security-policy', 'x-content-type-options', 'strict-transport-security']) {
      expect(live.headers.get(name)).toBe(api.headers.get(name));
      expect(live.headers.get(name)).not.toBeNull();
    }
    expect(live.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('still serves HEAD through the controller', async () => {
    const head = await fetch(`${t.baseUrl}/health/live`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-request-id')).not.toBeNull();
  });

  it('answers a failed readiness in problem+json carrying the request id', async () => {
    const { ShutdownState } = await builtHealthLib();
    const state = t.app.get(ShutdownState);
    // Last in the suite: the app stays draining until it closes.
    state.begin();
    const ready = await t.http.get('/health/ready', { headers: { 'x-request-id': 'probe-43' } });
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ready.headers.get('x-request-id')).toBe('probe-43');
    expect(ready.body).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'Not ready: shutting down',
      instance: '/health/ready',
      requestId: 'probe-43',
    });
  });
});
