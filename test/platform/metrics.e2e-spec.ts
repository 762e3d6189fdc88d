import { randomBytes, randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { API, loginAs, PASSWORD, registerUser } from '../support/accounts.js';
import { freePort } from '../support/api-process.js';
import { databaseTargets } from '../support/databases.js';
import { parsePrometheusText, type Scrape, scrape, valueOf } from '../support/prometheus-text.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DURATION = 'groundwork_http_server_request_duration_seconds';
const LE = [
  '0.0005',
  '0.001',
  '0.0025',
  '0.005',
  '0.01',
  '0.025',
  '0.05',
  '0.1',
  '0.25',
  '0.5',
  '1',
  '2.5',
  '5',
  '10',
  '30',
  '+Inf',
];

/** The change of one counter (or histogram count) between two scrapes. */
const delta = (before: Scrape, after: Scrape, name: string, labels: Record<string, string> = {}): number =>
  valueOf(after, name, labels) - valueOf(before, name, labels);

const httpCount = (method: string, route: string, statusClass: string) => ({
  method,
  route,
  status_class: statusClass,
});

function durationSeries(s: Scrape): string[] {
  return s.samples
    .filter((sample) => sample.name === `${DURATION}_count`)
    .map((sample) => JSON.stringify(sample.labels))
    .sort();
}

describe.each(databaseTargets())('Metrics on $name', (target) => {
  let t: TestApp;
  let metricsUrl: string;
  const metrics = (headers: Record<string, string> = {}) => scrape(metricsUrl, headers);

  beforeAll(async () => {
    const port = await freePort();
    // The strict limit at 4 lets the fifth sign-in attempt meet a 429.
    // No reuse grace: the script's second refresh of one token must count as a reuse detection.
    t = await startTestApp(target, {
      METRICS_PORT: String(port),
      METRICS_HOST: '127.0.0.1',
      THROTTLE_AUTH_LIMIT: '4',
      REFRESH_REUSE_GRACE_S: '0',
    });
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
  });
  afterAll(() => t.close());

  it('counts a scripted sequence of requests exactly, by route template, with the declared buckets', async () => {
    const before = await metrics();
    const owner = await registerUser(t.http);
    const login = (email: string, password: string) => t.http.post(`${API}/auth/login`, { body: { email, password } });
    expect((await login(owner.email, 'wrong password entirely 1')).status).toBe(401);
    const second = await loginAs(t.http, owner.email, PASSWORD);
    expect((await login(`nobody-${randomBytes(4).toString('hex')}@example.com`, PASSWORD)).status).toBe(401);
    expect((await login(owner.email, 'wrong password entirely 2')).status).toBe(401);
    expect((await login(owner.email, PASSWORD)).status).toBe(429);
    const refresh = (token: string) => t.http.post(`${API}/auth/refresh`, { body: { refreshToken: token } });
    expect((await refresh(second.refreshToken)).status).toBe(200);
    expect((await refresh(second.refreshToken)).status).toBe(401);
    for (let i = 0; i < 3; i += 1) {
      expect((await t.http.get(`${API}/users/me`, { token: owner.accessToken })).status).toBe(200);
    }
    expect((await t.http.post(`${API}/auth/logout`, { token: owner.accessToken })).status).toBe(204);

    // The verification mail leaves in the background.
    let after = await metrics();
    for (
      let waited = 0;
      valueOf(after, 'groundwork_mail_sent_total', { kind: 'email-verification' }) < 1;
      waited += 50
    ) {
      expect(waited).toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await metrics();
    }

    const count = (method: string, route: string, statusClass: string) =>
      delta(before, after, `${DURATION}_count`, httpCount(method, route, statusClass));
    expect({
      register: count('POST', `${API}/auth/register`, '2xx'),
      loginOk: count('POST', `${API}/auth/login`, '2xx'),
      loginRefused: count('POST', `${API}/auth/login`, '4xx'),
      refreshOk: count('POST', `${API}/auth/refresh`, '2xx'),
      refreshRefused: count('POST', `${API}/auth/refresh`, '4xx'),
      me: count('GET', `${API}/users/me`, '2xx'),
      logout: count('POST', `${API}/auth/logout`, '2xx'),
    }).toEqual({ register: 1, loginOk: 1, loginRefused: 4, refreshOk: 1, refreshRefused: 1, me: 3, logout: 1 });

    const counter = (name: string, labels: Record<string, string> = {}) => delta(before, after, name, labels);
    expect({
      signInOk: counter('groundwork_auth_sign_ins_total', { outcome: 'ok' }),
      signInFailed: counter('groundwork_auth_sign_ins_total', { outcome: 'failed' }),
      signInThrottled: counter('groundwork_auth_sign_ins_total', { outcome: 'throttled' }),
      rotations: counter('groundwork_auth_refresh_rotations_total'),
      reuse: counter('groundwork_auth_refresh_reuse_detections_total'),
      revokedReuse: counter('groundwork_auth_sessions_revoked_total', { reason: 'refresh-token-reuse' }),
      revokedLogout: counter('groundwork_auth_sessions_revoked_total', { reason: 'logout' }),
      limitedStrictIp: counter('groundwork_http_rate_limited_total', { limit: 'auth-ip' }),
      limitedAccount: counter('groundwork_http_rate_limited_total', { limit: 'auth-account' }),
      limitedGeneral: counter('groundwork_http_rate_limited_total', { limit: 'default' }),
      mailSent: counter('groundwork_mail_sent_total', { kind: 'email-verification' }),
      mailFailed: counter('groundwork_mail_failed_total', { kind: 'email-verification' }),
    }).toEqual({
      signInOk: 1,
      signInFailed: 3,
      signInThrottled: 1,
      rotations: 1,
      reuse: 1,
      revokedReuse: 1,
      revokedLogout: 1,
      limitedStrictIp: 1,
      limitedAccount: 0,
      limitedGeneral: 0,
      mailSent: 1,
      mailFailed: 0,
    });

    // Every histogram series has the declared buckets, cumulative, ending in its count.
    const me = httpCount('GET', `${API}/users/me`, '2xx');
    const buckets = after.samples.filter(
      (s) => s.name === `${DURATION}_bucket` && Object.entries(me).every(([k, v]) => s.labels[k] === v),
    );
    expect(buckets.map((b) => b.labels.le)).toEqual(LE);
    expect(buckets.map((b) => b.value)).toEqual([...buckets.map((b) => b.value)].sort((a, b) => a - b));
    expect(buckets.at(-1)!.value).toBe(valueOf(after, `${DURATION}_count`, me));
    expect(valueOf(after, `${DURATION}_sum`, me)).toBeGreaterThan(0);
    expect(valueOf(after, 'groundwork_http_server_active_requests')).toBe(0);
  });

  it('exports database pool and query metrics and the runtime: memory, heap, GC, event loop', async () => {
    const s = await metrics();
    expect(valueOf(s, 'groundwork_db_pool_max_connections')).toBe(10);
    expect(valueOf(s, 'groundwork_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(valueOf(s, 'groundwork_db_pool_idle_connections')).toBeLessThanOrEqual(
      valueOf(s, 'groundwork_db_pool_connections'),
    );
    expect(valueOf(s, 'groundwork_db_pool_waiting_clients')).toBe(0);
    expect(valueOf(s, 'groundwork_db_query_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(valueOf(s, 'groundwork_process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
    expect(valueOf(s, 'groundwork_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(s.families.get('groundwork_nodejs_gc_duration_seconds')).toBe('histogram');
    expect(s.families.get('groundwork_nodejs_eventloop_lag_p99_seconds')).toBe('gauge');
    const utilisation = valueOf(s, 'groundwork_nodejs_eventloop_utilization_ratio');
    expect(utilisation).toBeGreaterThanOrEqual(0);
    expect(utilisation).toBeLessThanOrEqual(1);
  });

  it('keeps label cardinality bounded: distinct URLs, ids and methods add no series', async () => {
    const hit = async (round: number) => {
      const requests: Promise<Response>[] = [];
      for (let i = 0; i < 25; i += 1) {
        const tag = `${round}-${i}-${randomBytes(3).toString('hex')}`;
        requests.push(fetch(`${t.baseUrl}${API}/no-such-${tag}?q=${tag}`));
        requests.push(fetch(`${t.baseUrl}/${tag}/${randomUUID()}`));
        requests.push(fetch(`${t.baseUrl}${API}/users/${randomUUID()}`));
        requests.push(fetch(`${t.baseUrl}${API}/users/${tag}`, { method: 'PATCH' }));
      }
      requests.push(fetch(`${t.baseUrl}${API}/users/me`, { method: 'PROPFIND' }));
      for (const response of await Promise.all(requests)) {
        expect(response.status).toBeGreaterThanOrEqual(400);
        await response.arrayBuffer();
      }
    };
    await hit(1);
    const first = await metrics();
    await hit(2);
    await hit(3);
    const later = await metrics();
    expect(durationSeries(later)).toEqual(durationSeries(first));
    expect(later.samples.length).toBeLessThan(1_500);
    const routes = new Set(later.samples.filter((s) => s.name === `${DURATION}_count`).map((s) => s.labels.route));
    for (const route of routes) {
      expect(route).toMatch(/^(\(unmatched\)|\/[a-z0-9/:_-]*)$/);
      expect(route).not.toMatch(/no-such|[0-9a-f]{8}-[0-9a-f]{4}/);
    }
    expect(routes).toContain('(unmatched)');
    expect(routes).toContain(`${API}/users/:id`);
    const methods = new Set(later.samples.filter((s) => s.name === `${DURATION}_count`).map((s) => s.labels.method));
    expect(
      [...methods].every((m) => ['GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'OTHER'].includes(m!)),
    ).toBe(true);
    expect(delta(first, later, `${DURATION}_count`, httpCount('GET', '(unmatched)', '4xx'))).toBe(100);
  });

  it('takes requests whose client hung up off the in-flight count', async () => {
    const { port } = new URL(t.baseUrl);
    await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(Number(port), '127.0.0.1', () => {
              // Headers and part of a body, then the client goes away.
              socket.write(
                `POST ${API}/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"em`,
              );
              setTimeout(() => socket.destroy(), 200);
            });
            socket.on('close', () => resolve());
            socket.on('error', () => undefined);
          }),
      ),
    );
    let active = valueOf(await metrics(), 'groundwork_http_server_active_requests');
    for (let waited = 0; active !== 0 && waited < 5_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      active = valueOf(await metrics(), 'groundwork_http_server_active_requests');
    }
    expect(active).toBe(0);
  });

  it('speaks OpenMetrics when asked, and stays off the public port and out of the OpenAPI document', async () => {
    const response = await fetch(metricsUrl, { headers: { accept: 'application/openmetrics-text; version=1.0.0' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/openmetrics-text/);
    const text = await response.text();
    expect(text.trimEnd().endsWith('# EOF')).toBe(true);
    expect(text).toContain('# TYPE groundwork_auth_sign_ins counter');
    expect((await fetch(metricsUrl)).headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);

    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/metrics`)).status).toBe(404);
    const document = (await (await fetch(`${t.baseUrl}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((path) => path.includes('metrics'))).toEqual([]);
    expect((await fetch(metricsUrl.replace('/metrics', '/other'))).status).toBe(404);
  });
});

describe('Metrics on the main port behind METRICS_TOKEN', () => {
  let t: TestApp;
  const token = randomBytes(24).toString('base64url');

  beforeAll(async () => {
    t = await startTestApp(databaseTargets()[0]!, { METRICS_TOKEN: token });
  });
  afterAll(() => t.close());

  it('serves /metrics only to a scraper bearing the token', async () => {
    const url = `${t.baseUrl}/metrics`;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('groundwork_');
    expect((await fetch(url, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: token } })).status).toBe(401);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const s = parsePrometheusText(await ok.text());
    expect(s.families.get('groundwork_http_server_request_duration_seconds')).toBe('histogram');
    // Scrapes are not counted as API traffic.
    expect(s.samples.some((sample) => sample.labels.route === '/metrics')).toBe(false);
  });
});
