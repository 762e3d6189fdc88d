import { connect } from 'node:net';
import { databaseTargets } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Answers given before any controller runs (Node's HTTP parser, Fastify's router, CORS, timeouts)
// are in the one error format like every other, and slow or idle connections are bounded.

const REQUEST_TIMEOUT_MS = 2_000;
const KEEP_ALIVE_TIMEOUT_MS = 1_500;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown> | undefined;
  /** When the server closed the connection, from the first byte sent. */
  closedAfterMs: number;
}

/** Writes bytes as they are (no client fixes them up) and reads until the server closes. */
function raw(port: number, text: string, giveUpMs = 15_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const started = performance.now();
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${giveUpMs} ms; got ${received.slice(0, 200)}`));
    }, giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      const text = rest.join('\r\n\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
        closedAfterMs: performance.now() - started,
      });
    });
    socket.write(text);
  });
}

function expectProblem(answer: { status: number; headers: Record<string, string>; body: unknown }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = answer.body as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(body.requestId).toBe(answer.headers['x-request-id']);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
}

async function viaFetch(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

describe.each(databaseTargets())('answers before routing on $name', (target) => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp(target, {
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
    });
    port = Number(new URL(t.baseUrl).port);
  });
  afterAll(() => t.close());

  it('answers headers over the limit with 431 problem+json', async () => {
    const answer = await raw(port, `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectProblem(answer, 431);
  });

  it('answers a request that is not HTTP with 400 problem+json', async () => {
    expectProblem(await raw(port, 'NOT HTTP AT ALL\r\n\r\n'), 400);
  });

  it('answers bad percent-encoding with 400 problem+json', async () => {
    const answer = await viaFetch(`${t.baseUrl}/api/v1/users/%E0%A4%A`);
    expectProblem(answer, 400);
    expect(answer.body?.instance).toBe('/api/v1/users/%E0%A4%A');
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const put = await viaFetch(`${t.baseUrl}/health/live`, { method: 'PUT' });
    expectProblem(put, 405);
    expect(put.headers.allow).toBe('GET, HEAD');
    const del = await viaFetch(`${t.baseUrl}/api/v1/auth/login`, { method: 'DELETE' });
    expectProblem(del, 405);
    expect(del.headers.allow).toBe('POST');
    // An unknown path is still a 404.
    expectProblem(await viaFetch(`${t.baseUrl}/api/v1/nothing-here`, { method: 'DELETE' }), 404);
  });

  it('answers a CORS preflight with CORS off in problem+json, granting nothing', async () => {
    const preflight = await viaFetch(`${t.baseUrl}/api/v1/auth/login`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expectProblem(preflight, 405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 408 problem+json to a body that never completes, within REQUEST_TIMEOUT_MS', async () => {
    const answer = await raw(
      port,
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":',
    );
    expectProblem(answer, 408);
    // Node checks for expired requests every quarter of the timeout (at most every second).
    expect(answer.closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(answer.closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
  }, 20_000);

  it('closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS', async () => {
    const answer = await raw(port, 'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(answer.closedAfterMs).toBeGreaterThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 100);
    expect(answer.closedAfterMs).toBeLessThan(KEEP_ALIVE_TIMEOUT_MS + 3_000);
  });
});
