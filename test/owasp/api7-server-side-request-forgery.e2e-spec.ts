import { databaseTargets } from '../support/databases.js';
import {
  API,
  type ApiDocument,
  BOOT_TIMEOUT,
  deref,
  operationsOf,
  rawRequest,
  registerUser,
  type Schema,
  servedDocument,
  uniqueEmail,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API7:2023 Server Side Request Forgery: does not apply as such. No route fetches a caller-supplied
// URL: the only outbound traffic is SMTP to the configured server, and mailed links are built
// from APP_URL. The tests keep it that way: no operation takes a URL, and no request steers a link.

const URL_FORMATS = new Set(['uri', 'url', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'hostname']);
const URL_NAMES = /url|uri|callback|webhook|redirect|return_?to|next|origin|host|endpoint|link/i;

/** Every named property or parameter an operation accepts, with its schema, at any depth. */
function inputsOf(document: ApiDocument, schema: Schema | undefined, prefix: string, seen = new Set<Schema>()) {
  const concrete = deref(document, schema);
  if (!concrete || seen.has(concrete)) {
    return [];
  }
  seen.add(concrete);
  const found: { name: string; schema: Schema }[] = [];
  for (const [name, property] of Object.entries((concrete.properties ?? {}) as Record<string, Schema>)) {
    found.push({ name: `${prefix}${name}`, schema: deref(document, property) ?? {} });
    found.push(...inputsOf(document, property, `${prefix}${name}.`, seen));
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (typeof concrete[key] === 'object') {
      found.push(...inputsOf(document, concrete[key] as Schema, prefix, seen));
    }
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const part of (concrete[key] ?? []) as Schema[]) {
      found.push(...inputsOf(document, part, prefix, seen));
    }
  }
  return found;
}

describe.each(databaseTargets())('API7 server side request forgery on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(target, { ...UNTHROTTLED, SMTP_URL: sink.url, APP_URL: 'https://app.example.test/base' });
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t.close();
    await sink.close();
  }, BOOT_TIMEOUT);

  it('takes a URL only where an admin registers a webhook endpoint', async () => {
    const document = await servedDocument(t.baseUrl);
    const inputs = operationsOf(document).flatMap((op) => [
      ...(op.operation.parameters ?? []).map((p) => ({
        op: op.key,
        name: p.name,
        schema: deref(document, p.schema) ?? {},
      })),
      ...Object.values(op.operation.requestBody?.content ?? {}).flatMap((media) =>
        inputsOf(document, media.schema, '').map((input) => ({ op: op.key, ...input })),
      ),
    ]);
    // The walk sees the inputs that do exist (the control).
    expect(inputs.map((i) => `${i.op} ${i.name}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/auth/register email', 'GET /api/v1/users limit']),
    );
    const suspicious = inputs.filter(
      (i) => URL_FORMATS.has(String(i.schema.format)) || URL_NAMES.test(i.name.split('.').pop() ?? ''),
    );
    // Webhook endpoints are the one outbound integration: admin-only (API5 suite), and every delivery
    // refuses private, loopback and link-local addresses (libs/webhooks/src/outbound-request.spec.ts).
    expect([...new Set(suspicious.map((i) => `${i.op} ${i.name}`))].sort()).toEqual([
      'PATCH /api/v1/webhooks/{id} url',
      'POST /api/v1/webhooks url',
    ]);
  });

  it('builds mailed links from APP_URL whatever Host or X-Forwarded-* the request claims', async () => {
    const email = uniqueEmail('ssrf');
    const forged = {
      host: 'evil.example',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'http',
      'x-forwarded-for': '10.0.0.1',
      origin: 'https://evil.example',
      referer: 'https://evil.example/phish',
    };
    const registered = await rawRequest(t.baseUrl, {
      method: 'POST',
      path: `${API}/auth/register`,
      headers: { ...forged, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery staple 5', name: 'Ssrf' }),
    });
    expect(registered.status).toBe(201);
    const forgot = await rawRequest(t.baseUrl, {
      method: 'POST',
      path: `${API}/auth/password/forgot`,
      headers: { ...forged, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    expect(forgot.status).toBe(202);

    for (const subject of [/confirm/i, /reset/i]) {
      const mail = await sink.waitFor((m) => m.to.includes(email) && subject.test(m.subject));
      const links = mail.text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.startsWith('https://app.example.test/base/')).toBe(true);
      }
      expect(`${mail.text}${mail.html}`).not.toContain('evil.example');
    }
  });

  it('does not dereference a URL given where a token or name is expected', async () => {
    const user = await registerUser(t.http);
    const probes = [
      t.http.post(`${API}/auth/email/verify`, { body: { token: 'http://169.254.169.254/latest/meta-data/' } }),
      t.http.post(`${API}/auth/refresh`, { body: { refreshToken: 'file:///etc/passwd' } }),
      t.http.patch(`${API}/users/me`, { token: user.accessToken, body: { name: 'http://127.0.0.1:5432/' } }),
    ];
    const [verify, refresh, rename] = await Promise.all(probes);
    expect(verify?.status).toBe(400);
    expect(refresh?.status).toBe(400);
    // Stored as text, shown as text.
    expect(rename?.status).toBe(200);
    expect(rename?.body.name).toBe('http://127.0.0.1:5432/');
  });
});
