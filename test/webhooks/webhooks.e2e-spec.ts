import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { API, createAdmin, registerUser, type SignedIn } from '../support/accounts.js';
import { mailedToken } from '../support/tokens.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver over real HTTP; `answer` decides each response's status. */
async function startReceiver(answer: (index: number) => number = () => 204) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer(received.length)).end(received.length > 0 ? 'ok' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const eventsOf = (received: Received[]) =>
  received.map((request) => JSON.parse(request.body) as { type: string; data: { id: string } });

describe.each(databaseTargets())('Webhooks on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: SignedIn;
  const receivers: { close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, {
      ...UNTHROTTLED,
      SMTP_URL: sink.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
      WEBHOOK_MAX_FAILURES: '3',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    admin = await createAdmin(t);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await t.close();
    await sink.close();
  });

  const register = async (url: string, eventTypes: string[]) => {
    const response = await t.http.post(`${API}/webhooks`, { token: admin.accessToken, body: { url, eventTypes } });
    expect(response.status).toBe(201);
    return response.body as { id: string; secret: string };
  };
  const deliveries = async (endpointId: string) => {
    const response = await t.http.get(`${API}/webhooks/${endpointId}/deliveries`, { token: admin.accessToken });
    expect(response.status).toBe(200);
    return response.body.items as {
      id: string;
      eventType: string;
      status: string;
      attempts: { statusCode: number | null; error: string | null; latencyMs: number }[];
    }[];
  };

  /** The endpoint's audit trail, oldest first. */
  const auditOf = (endpointId: string) =>
    sql<{ action: string; actor_id: string | null; changes: Record<string, { from?: unknown; to?: unknown }> }>(
      t.databaseUrl,
      `SELECT action, actor_id, changes FROM audit_events
        WHERE target_type = 'webhook-endpoint' AND target_id = $1 ORDER BY occurred_at, id`,
      [endpointId],
    );

  it('delivers each user event, signed per Standard Webhooks and verifiable with the secret shown once', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const endpoint = await register(receiver.url, [
      'user.created',
      'user.email-verified',
      'user.role-changed',
      'user.deleted',
    ]);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const shown = await t.http.get(`${API}/webhooks/${endpoint.id}`, { token: admin.accessToken });
    expect(shown.body).not.toHaveProperty('secret');

    const user = await registerUser(t.http);
    const token = await mailedToken(sink, user.email, '/verify-email');
    expect((await t.http.post(`${API}/auth/email/verify`, { body: { token } })).status).toBe(204);
    expect(
      (await t.http.patch(`${API}/users/${user.userId}`, { token: admin.accessToken, body: { role: 'admin' } })).status,
    ).toBe(200);
    expect((await t.http.delete(`${API}/users/${user.userId}`, { token: admin.accessToken })).status).toBe(204);

    const mine = () => receiver.received.filter((request) => request.body.includes(user.userId));
    await until(() => (mine().length >= 4 ? true : undefined), 'four events');
    const verifier = new Webhook(endpoint.secret);
    for (const request of mine()) {
      expect(() => verifier.verify(request.body, request.headers as Record<string, string>)).not.toThrow();
      expect(request.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(eventsOf(mine()).map((event) => event.type))).toEqual(
      new Set(['user.created', 'user.email-verified', 'user.role-changed', 'user.deleted']),
    );
    expect(eventsOf(mine()).every((event) => event.data.id === user.userId)).toBe(true);
    expect(mine()[0]!.body).not.toContain('argon2');
    // A tampered body fails verification.
    expect(() => verifier.verify(`${mine()[0]!.body} `, mine()[0]!.headers as Record<string, string>)).toThrow();
  });

  it('retries a failing receiver: two 500s, then the third attempt lands; the log shows all three; redelivery sends it again', async () => {
    const receiver = await startReceiver((index) => (index <= 2 ? 500 : 200));
    receivers.push(receiver);
    const endpoint = await register(receiver.url, ['user.created']);
    await registerUser(t.http);

    await until(() => (receiver.received.length >= 3 ? true : undefined), 'three attempts');
    const ids = new Set(receiver.received.map((request) => request.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [delivery] = await until(async () => {
      const log = await deliveries(endpoint.id);
      return log[0]?.status === 'succeeded' ? log : undefined;
    }, 'the log to show success');
    expect(delivery!.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(delivery!.attempts[0]!.error).toMatch(/HTTP 500/);
    expect(delivery!.attempts.every((attempt) => attempt.latencyMs >= 0)).toBe(true);
    const fetched = await t.http.get(`${API}/webhooks/${endpoint.id}`, { token: admin.accessToken });
    expect(fetched.body).toMatchObject({ enabled: true, consecutiveFailures: 0 });

    const redelivered = await t.http.post(`${API}/webhooks/${endpoint.id}/deliveries/${delivery!.id}/redeliver`, {
      token: admin.accessToken,
    });
    expect(redelivered.status).toBe(202);
    await until(() => (receiver.received.length >= 4 ? true : undefined), 'the redelivery');
    expect(receiver.received[3]!.headers['webhook-id']).toBe(delivery!.id);

    // Who registered the endpoint and who asked for the redelivery, never the secret.
    const trail = await auditOf(endpoint.id);
    expect(trail).toEqual([
      {
        action: 'webhook.created',
        actor_id: admin.userId,
        changes: {
          url: { to: receiver.url },
          eventTypes: { to: 'user.created' },
          description: { to: '' },
          enabled: { to: true },
        },
      },
      {
        action: 'webhook.redelivered',
        actor_id: admin.userId,
        changes: { delivery: { to: delivery!.id }, status: { from: 'succeeded', to: 'pending' } },
      },
    ]);
    expect(JSON.stringify(trail)).not.toContain(endpoint.secret);
  });

  it('disables an endpoint after a run of failures (WEBHOOK_MAX_FAILURES) and stops sending to it', async () => {
    const receiver = await startReceiver(() => 503);
    receivers.push(receiver);
    const endpoint = await register(receiver.url, ['user.created']);
    await registerUser(t.http);

    const disabled = await until(async () => {
      const response = await t.http.get(`${API}/webhooks/${endpoint.id}`, { token: admin.accessToken });
      return response.body.enabled === false ? response.body : undefined;
    }, 'the endpoint to be disabled');
    expect(disabled).toMatchObject({ consecutiveFailures: 3, disabledReason: '3 failed attempts in a row' });
    const sent = receiver.received.length;
    await registerUser(t.http);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.received.length).toBe(sent);

    const refused = await t.http.post(
      `${API}/webhooks/${endpoint.id}/deliveries/${(await deliveries(endpoint.id))[0]!.id}/redeliver`,
      {
        token: admin.accessToken,
      },
    );
    expect(refused.status).toBe(409);

    // The disabling is in the audit trail (no actor: the delivery job did it), then the admin's re-enable and delete.
    const enabled = await t.http.patch(`${API}/webhooks/${endpoint.id}`, {
      token: admin.accessToken,
      body: { enabled: true, description: 'back' },
    });
    expect(enabled.status).toBe(200);
    expect((await t.http.delete(`${API}/webhooks/${endpoint.id}`, { token: admin.accessToken })).status).toBe(204);
    expect(
      (await auditOf(endpoint.id)).map(({ action, actor_id, changes }) => ({ action, actor_id, changes })),
    ).toEqual([
      expect.objectContaining({ action: 'webhook.created', actor_id: admin.userId }),
      {
        action: 'webhook.disabled',
        actor_id: null,
        changes: { enabled: { from: true, to: false }, disabledReason: { to: '3 failed attempts in a row' } },
      },
      {
        action: 'webhook.updated',
        actor_id: admin.userId,
        changes: { enabled: { from: false, to: true }, description: { from: '', to: 'back' } },
      },
      { action: 'webhook.deleted', actor_id: admin.userId, changes: { url: { from: receiver.url, to: null } } },
    ]);
  });

  it('creates one endpoint for a retried Idempotency-Key, replaying its secret to the same admin only', async () => {
    const url = `http://127.0.0.1:9/hooks/${randomUUID()}`;
    const create = (as: SignedIn) =>
      t.http.post(`${API}/webhooks`, {
        token: as.accessToken,
        headers: { 'idempotency-key': 'create-hook-1' },
        body: { url, eventTypes: ['user.created'] },
      });
    const first = await create(admin);
    expect(first.status).toBe(201);
    const retried = await create(admin);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotency-replayed')).toBe('true');
    expect(retried.body).toEqual(first.body);
    // Keys are scoped to the caller: another admin's same key is another request, with its own secret.
    const other = await create(await createAdmin(t));
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotency-replayed')).toBeNull();
    expect(other.body.secret).not.toBe(first.body.secret);
    const listed = await t.http.get(`${API}/webhooks?limit=100`, { token: admin.accessToken });
    const ids = (listed.body.items as { id: string; url: string }[]).filter((e) => e.url === url).map((e) => e.id);
    expect(ids.sort()).toEqual([first.body.id, other.body.id].sort());
  });

  it('is for admins only, and validates what it is given', async () => {
    const user = await registerUser(t.http);
    expect((await t.http.get(`${API}/webhooks`, { token: user.accessToken })).status).toBe(403);
    const bad = await t.http.post(`${API}/webhooks`, {
      token: admin.accessToken,
      body: { url: 'ftp://example.com/x', eventTypes: ['user.exploded'] },
    });
    expect(bad.status).toBe(400);
    expect(
      (await t.http.get(`${API}/webhooks/00000000-0000-4000-8000-000000000000`, { token: admin.accessToken })).status,
    ).toBe(404);
  });
});
