import { Agent, request } from 'node:http';
import { newCredentials } from '../support/accounts.js';
import { createSuiteDatabase, databaseTargets } from '../support/databases.js';
import { startApiProcess } from '../support/api-process.js';
import { startTestApp } from '../support/test-app.js';
import { builtHealthLib } from '../support/built.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A GET with node:http, so connection headers and keep-alive are what the server really sent. */
function get(url: string, agent?: Agent): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: agent ?? false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(databaseTargets())('Graceful shutdown on $name', (target) => {
  it('turns readiness to 503 as soon as shutdown begins', async () => {
    const t = await startTestApp(target);
    try {
      expect((await t.http.get('/health/ready')).status).toBe(200);
      const { ShutdownState } = await builtHealthLib();
      t.app.get(ShutdownState).begin();
      const response = await t.http.get('/health/ready');
      expect(response.status).toBe(503);
      expect(response.body.detail).toBe('Not ready: shutting down');
      const live = await t.http.get('/health/live');
      expect(live.status).toBe(200);
      // Clients reconnect, through the load balancer, to an instance that is staying.
      expect(live.headers.get('connection')).toBe('close');

      // While the listener closes, a request still arriving on an open connection is served, told to close.
      t.app.get(ShutdownState).close();
      const closing = await t.http.get('/health/live');
      expect(closing.status).toBe(200);
      expect(closing.headers.get('connection')).toBe('close');
    } finally {
      await t.close();
    }
  });

  it('keeps serving for the drain delay after SIGTERM while readiness says 503, then exits 0', async () => {
    const database = await createSuiteDatabase(target);
    const drainMs = 2_500;
    const api = await startApiProcess({ DATABASE_URL: database.url, SHUTDOWN_DRAIN_DELAY_MS: String(drainMs) });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = await get(`${api.baseUrl}/health/live`, agent);
      expect(before.headers.connection).toBe('keep-alive');

      const signalledAt = Date.now();
      api.child.kill('SIGTERM');
      // New connections are still accepted and readiness says 503 (a load balancer's probe sees it).
      let ready = await get(`${api.baseUrl}/health/ready`);
      while (ready.status === 200 && Date.now() - signalledAt < drainMs) {
        ready = await get(`${api.baseUrl}/health/ready`);
      }
      expect(ready.status).toBe(503);
      expect(ready.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(ready.text).detail).toBe('Not ready: shutting down');

      // The kept-alive connection is still served, and told to close.
      const kept = await get(`${api.baseUrl}/health/live`, agent);
      expect(kept.status).toBe(200);
      expect(kept.headers.connection).toBe('close');
      expect(Date.now() - signalledAt).toBeLessThan(drainMs);

      expect(await api.exited).toBe(0);
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(drainMs);
    } finally {
      agent.destroy();
      api.child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('lets an in-flight request finish after SIGTERM, then exits 0', async () => {
    const database = await createSuiteDatabase(target);
    const api = await startApiProcess({
      DATABASE_URL: database.url,
      SHUTDOWN_TIMEOUT_MS: '10000',
      SHUTDOWN_DRAIN_DELAY_MS: '0',
    });
    try {
      const credentials = newCredentials('shutdown');
      const registered = await fetch(`${api.baseUrl}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      expect(registered.status).toBe(201);

      // A sign-in whose body is still arriving when the signal comes.
      const body = JSON.stringify({ email: credentials.email, password: credentials.password });
      const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(`${api.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => {
          api.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(10)), 300);
        }, 200);
      });

      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text).accessToken).toEqual(expect.any(String));
      expect(await api.exited).toBe(0);
      await expect(fetch(`${api.baseUrl}/health/live`)).rejects.toThrow();
    } finally {
      api.child.kill('SIGKILL');
      await database.drop();
    }
  });
});
