import { request } from 'node:http';
import { newCredentials } from '../support/auth-helpers.js';
import { createSuiteDatabase, databaseTargets } from '../support/databases.js';
import { startApiProcess } from '../support/api-process.js';
import { startTestApp } from '../support/test-app.js';
import { builtHealthLib } from '../support/built.js';

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
      expect((await t.http.get('/health/live')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('lets an in-flight request finish after SIGTERM, then exits 0', async () => {
    const database = await createSuiteDatabase(target);
    const api = await startApiProcess({ DATABASE_URL: database.url, SHUTDOWN_TIMEOUT_MS: '10000' });
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
