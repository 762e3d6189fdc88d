import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, createAdmin, registerUser } from '../support/accounts.js';
import { REDIS_URL } from '../support/redis.js';
import { type ApiProcess, freePort, startApiProcess, startWorkerProcess } from '../support/api-process.js';
import { scrape, valueOf } from '../support/prometheus-text.js';
import { createSuiteDatabase, databaseTargets } from '../support/databases.js';
import { HttpClient } from '../support/http-client.js';
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

const SERVER = 2;
const CONSUMER = 5;

interface HookReceiver {
  url: string;
  /** The first delivery whose body contains `text`. */
  waitFor(text: string): Promise<{ headers: IncomingHttpHeaders } | undefined>;
  close(): Promise<void>;
}

/** A webhook endpoint that answers 204 and keeps what it was sent. */
async function startHookReceiver(): Promise<HookReceiver> {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    async waitFor(text) {
      const deadline = Date.now() + 30_000;
      let delivery: { headers: IncomingHttpHeaders } | undefined;
      while (!(delivery = received.find((request) => request.body.includes(text))) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return delivery;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An admin subscribes the receiver to user.created; then a sign-up that starts a trace of its own. */
async function signUpWithHook(http: HttpClient, databaseUrl: string, hooks: HookReceiver) {
  const admin = await createAdmin({ http, databaseUrl });
  const endpoint = await http.post(`${API}/webhooks`, {
    token: admin.accessToken,
    body: { url: hooks.url, eventTypes: ['user.created'] },
  });
  expect(endpoint.status).toBe(201);
  const traceId = randomBytes(16).toString('hex');
  const user = await registerUser(http, {
    headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
  });
  return { traceId, user };
}

/** The chain of parents from a span up to the root of its trace. */
function ancestors(span: ReceivedSpan, trace: ReceivedSpan[]): ReceivedSpan[] {
  const byId = new Map(trace.map((s) => [s.spanId, s]));
  const chain: ReceivedSpan[] = [];
  for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) {
    chain.push(parent);
  }
  return chain;
}

describe.each(databaseTargets())('Tracing on $name', (target) => {
  let receiver: OtlpReceiver;
  let api: ApiProcess;
  let drop: () => Promise<void>;
  let sink: SmtpSink;
  let databaseUrl: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    sink = await startSmtpSink();
    const database = await createSuiteDatabase(target);
    drop = database.drop;
    databaseUrl = database.url;
    api = await startApiProcess({
      DATABASE_URL: database.url,
      REDIS_URL,
      SMTP_URL: sink.url,
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      WEBHOOK_ALLOW_PRIVATE: 'true',
    });
  });

  afterAll(async () => {
    api.child.kill('SIGTERM');
    await api.exited;
    await receiver.close();
    await sink.close();
    await drop();
  });

  it('continues the caller trace: the request span is the parent of guard, controller, service and pg spans', async () => {
    const http = new HttpClient(api.baseUrl);
    await http.loadContract();
    const user = await registerUser(http);
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const me = await http.get(`${API}/users/me`, {
      token: user.accessToken,
      headers: { traceparent: `00-${traceId}-${callerSpanId}-01` },
    });
    expect(me.status).toBe(200);

    const trace = await receiver.waitForTrace(
      traceId,
      (spans) => spans.some((s) => s.kind === SERVER) && spans.some((s) => s.scope.includes('pg')),
    );
    const server = trace.find((s) => s.kind === SERVER)!;
    expect(server.parentSpanId).toBe(callerSpanId);
    expect(server.name).toBe(`GET ${API}/users/me`);
    expect(server.attributes).toMatchObject({
      'http.route': `${API}/users/me`,
      'http.request.method': 'GET',
      'http.response.status_code': 200,
    });
    expect(server.resource['service.name']).toBe('groundwork');

    const named = (name: string) => {
      const span = trace.find((s) => s.name === name);
      if (!span) {
        throw new Error(`No span ${name} in ${trace.map((s) => s.name).join(', ')}`);
      }
      return span;
    };
    const guard = named('AccessGuard.canActivate');
    const controller = named('MeController.getMe');
    const service = named('UsersService.getMe');
    expect(guard.attributes).toMatchObject({ 'code.function.name': 'AccessGuard.canActivate', 'nestjs.type': 'guard' });
    expect(controller.attributes).toMatchObject({ 'nestjs.type': 'controller' });
    expect(service.attributes).toMatchObject({ 'nestjs.type': 'provider' });
    expect(guard.parentSpanId).toBe(server.spanId);
    expect(controller.parentSpanId).toBe(server.spanId);
    expect(ancestors(service, trace)).toContain(controller);

    const queries = trace.filter((s) => s.scope.includes('pg') && s.name.startsWith('pg.query'));
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(ancestors(query, trace)).toContain(server);
      expect(query.attributes['db.system.name'] ?? query.attributes['db.system']).toBe('postgresql');
      const statement = String(query.attributes['db.query.text'] ?? query.attributes['db.statement']);
      expect(statement).toMatch(/^SELECT/i);
      // Placeholders only: the user's id, a parameter, is never recorded.
      expect(statement).not.toContain(user.userId);
    }
    expect(queries.some((query) => ancestors(query, trace).includes(service))).toBe(true);

    // Session liveness goes through Redis: spans with the command name only (keys are session ids).
    const redis = trace.filter((s) => s.scope.includes('ioredis'));
    expect(redis.length).toBeGreaterThan(0);
    for (const command of redis) {
      expect(ancestors(command, trace)).toContain(server);
      expect(String(command.attributes['db.query.text'] ?? command.attributes['db.statement'])).toMatch(/^[a-z]+$/);
    }

    // The request's log line carries the same trace id.
    const lines = api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLine = lines.find((line) => line.msg === 'request completed' && line.trace_id === traceId);
    expect(requestLine).toMatchObject({
      route: `${API}/users/me`,
      status: 200,
      requestId: me.headers.get('x-request-id'),
    });
    expect(trace.map((s) => s.spanId)).toContain(requestLine!.span_id);
  });

  it('sends the verification mail in a client span of the sign-up trace; probes and scrapes are not traced', async () => {
    const before = receiver.spans.length;
    const http = new HttpClient(api.baseUrl);
    await http.loadContract();
    const user = await registerUser(http);
    await sink.waitFor((mail) => mail.to.includes(user.email));
    const traceId = (await receiver.waitForSpan((s) => s.name === 'AuthController.register', before)).traceId;
    const register = await receiver.waitForTrace(traceId, (spans) => spans.some((s) => s.name === 'smtp send'));
    const smtp = register.find((s) => s.name === 'smtp send')!;
    expect(smtp.kind).toBe(3);
    expect(smtp.attributes['server.address']).toBe('127.0.0.1');
    expect(ancestors(smtp, register).some((s) => s.kind === SERVER)).toBe(true);
    const fresh = receiver.spans.slice(before);
    const roots = fresh.filter((s) => s.parentSpanId === undefined || s.parentSpanId === '');
    // Health probes and scrapes are not traced; every root is a request span or a job's (consumer) span.
    for (const root of roots) {
      expect([SERVER, CONSUMER]).toContain(root.kind);
      expect(root.name).not.toMatch(/health|metrics/);
    }
  });
  it('a webhook delivery carries the traceparent of the request whose event it delivers', async () => {
    const hooks = await startHookReceiver();
    try {
      const http = new HttpClient(api.baseUrl);
      await http.loadContract();
      const { traceId, user } = await signUpWithHook(http, databaseUrl, hooks);
      const delivery = await hooks.waitFor(user.userId);
      // Through the fan-out job and the delivery job: the receiver can join its own spans to the sign-up.
      expect(delivery?.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    } finally {
      await hooks.close();
    }
  });
});

/** The fleet layout: an API that only enqueues (JOBS_MODE=off) and apps/worker running the jobs. */
describe.each(databaseTargets())('Tracing across an API and a worker on $name', (target) => {
  let receiver: OtlpReceiver;
  let sink: SmtpSink;
  let drop: () => Promise<void>;
  let databaseUrl: string;
  const processes: ApiProcess[] = [];
  let metricsPort: number;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    sink = await startSmtpSink();
    ({ url: databaseUrl, drop } = await createSuiteDatabase(target));
    const env = {
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: sink.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      WEBHOOK_ALLOW_PRIVATE: 'true',
    };
    processes.push(await startApiProcess({ ...env, JOBS_MODE: 'off', OTEL_SERVICE_NAME: 'groundwork-api' }));
    metricsPort = await freePort();
    processes.push(
      await startWorkerProcess({
        ...env,
        OTEL_SERVICE_NAME: 'groundwork-worker',
        METRICS_PORT: String(metricsPort),
        METRICS_HOST: '127.0.0.1',
      }),
    );
  });

  afterAll(async () => {
    for (const process of processes) {
      process.child.kill('SIGTERM');
      await process.exited;
    }
    await receiver.close();
    await sink.close();
    await drop();
  });

  it('a job run by the worker has a consumer span in the trace of the request that enqueued it, linked to it', async () => {
    const http = new HttpClient(processes[0]!.baseUrl);
    await http.loadContract();
    const hooks = await startHookReceiver();
    try {
      const { traceId, user } = await signUpWithHook(http, databaseUrl, hooks);
      await sink.waitFor((mail) => mail.to.includes(user.email));
      const delivery = await hooks.waitFor(user.userId);
      // The delivery left the worker, in the sign-up's trace.
      expect(delivery?.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

      const trace = await receiver.waitForTrace(traceId, (spans) =>
        // A parent ends (and is exported) after its children: wait for the job spans themselves.
        ['job mail.send', 'smtp send', 'job events.dispatch', 'job webhooks.deliver', 'webhook deliver'].every((name) =>
          spans.some((s) => s.name === name),
        ),
      );
      const fromWorker = trace.filter((s) => s.resource['service.name'] === 'groundwork-worker');
      const mailJob = fromWorker.find((s) => s.name === 'job mail.send');
      expect(mailJob).toMatchObject({
        kind: CONSUMER,
        attributes: expect.objectContaining({
          'job.name': 'mail.send',
          'job.attempt': 1,
          'job.retry_count': 0,
          'job.outcome': 'completed',
          'messaging.destination.name': 'mail.send',
        }) as unknown,
      });
      expect(mailJob!.attributes['job.id']).toEqual(expect.any(String));
      // A child of the API's span that enqueued it, and a link to that same span.
      const enqueuing = trace.find((s) => s.spanId === mailJob!.parentSpanId);
      expect(enqueuing?.resource['service.name']).toBe('groundwork-api');
      expect(mailJob!.links?.map((link) => link.spanId)).toEqual([enqueuing!.spanId]);
      expect(mailJob!.links?.[0]?.traceId).toBe(traceId);
      // Inside the job: the handler's Nest-level span, its pg queries and the SMTP send.
      const handler = fromWorker.find((s) => s.name === 'MailSender.handle');
      expect(handler?.parentSpanId).toBe(mailJob!.spanId);
      const smtp = fromWorker.find((s) => s.name === 'smtp send')!;
      expect(ancestors(smtp, trace)).toContain(mailJob);
      // The webhook delivery ran in the worker under a job span of its own, two jobs away from the request.
      const deliver = fromWorker.find((s) => s.name === 'webhook deliver')!;
      const jobs = ancestors(deliver, trace).filter((s) => s.name.startsWith('job '));
      expect(jobs.map((s) => [s.name, s.kind, s.resource['service.name']])).toEqual([
        ['job webhooks.deliver', CONSUMER, 'groundwork-worker'],
        ['job events.dispatch', CONSUMER, 'groundwork-worker'],
      ]);
      expect(delivery?.headers.traceparent).toContain(deliver.spanId);

      // The worker's own /metrics has the job it ran (the API, JOBS_MODE=off, runs none).
      const scraped = await scrape(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(
        valueOf(scraped, 'groundwork_jobs_duration_seconds_count', { job: 'mail.send', outcome: 'completed' }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        scraped.samples.some((s) => s.name === 'groundwork_jobs_queue_depth' && s.labels.queue === 'mail.send'),
      ).toBe(true);
    } finally {
      await hooks.close();
    }
  });
});
