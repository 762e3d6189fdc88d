import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { databaseTargets } from '../support/databases.js';
import {
  API,
  BOOT_TIMEOUT,
  closedPort,
  registerUser,
  SLOW_TEST,
  timed,
  uniqueEmail,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// API10:2023 Unsafe Consumption of APIs: the one third-party service the app talks to is the SMTP
// server. Whether it refuses, is down, or hangs, the API answers as usual and on time.

/** A reply within this is "no hang": far below any SMTP timeout (5 s connect, 10 s socket). */
const PROMPT_MS = 3_000;

async function expectPromptAnswers(t: TestApp): Promise<void> {
  const email = uniqueEmail('mailfail');
  const register = await timed(() =>
    t.http.post(`${API}/auth/register`, { body: { email, password: 'correct horse battery staple 6', name: 'M' } }),
  );
  expect({ status: register.result.status, prompt: register.ms < PROMPT_MS }).toEqual({ status: 201, prompt: true });
  const forgot = await timed(() => t.http.post(`${API}/auth/password/forgot`, { body: { email } }));
  expect({ status: forgot.result.status, prompt: forgot.ms < PROMPT_MS }).toEqual({ status: 202, prompt: true });
  const resend = await timed(() =>
    t.http.post(`${API}/auth/email/verify/resend`, { token: register.result.body.accessToken }),
  );
  expect({ status: resend.result.status, prompt: resend.ms < PROMPT_MS }).toEqual({ status: 202, prompt: true });
  // Still healthy, and the account works.
  expect((await t.http.get('/health/ready')).status).toBe(200);
  expect((await t.http.get(`${API}/users/me`, { token: register.result.body.accessToken })).status).toBe(200);
}

describe.each(databaseTargets())('API10 unsafe consumption of APIs on $name', (target) => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink({ failFirst: 100 });
    t = await startTestApp(target, { ...UNTHROTTLED, SMTP_URL: sink.url });
  }, BOOT_TIMEOUT);
  afterAll(async () => {
    await t.close();
    await sink.close();
  }, BOOT_TIMEOUT);

  it(
    'answers sign-up, reset and resend on time while the SMTP server rejects every mail',
    async () => {
      await expectPromptAnswers(t);
      // The app did try, and was refused: the failure happened, it just did not reach the caller.
      const deadline = Date.now() + 5_000;
      while (sink.rejected === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(sink.rejected).toBeGreaterThan(0);
    },
    SLOW_TEST,
  );
});

// Down or hanging servers are about the mail transport, not the database: checked once.
describe.each(databaseTargets().slice(0, 1))('API10 unreachable SMTP servers on $name', (target) => {
  it(
    'answers on time when nothing listens on the SMTP port',
    async () => {
      const t = await startTestApp(target, { ...UNTHROTTLED, SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
      try {
        await expectPromptAnswers(t);
      } finally {
        await t.close();
      }
    },
    BOOT_TIMEOUT,
  );

  it(
    'answers on time, and still shuts down, when the SMTP server accepts and never speaks',
    async () => {
      // A tarpit: takes the connection, never sends the greeting.
      const sockets = new Set<Socket>();
      const tarpit: Server = createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => undefined);
      });
      tarpit.listen(0, '127.0.0.1');
      await once(tarpit, 'listening');
      const { port } = tarpit.address() as AddressInfo;
      const t = await startTestApp(target, { ...UNTHROTTLED, SMTP_URL: `smtp://127.0.0.1:${port}` });
      try {
        const user = await registerUser(t.http);
        const forgot = await timed(() => t.http.post(`${API}/auth/password/forgot`, { body: { email: user.email } }));
        expect({ status: forgot.result.status, prompt: forgot.ms < PROMPT_MS }).toEqual({ status: 202, prompt: true });
        expect((await t.http.get(`${API}/users/me`, { token: user.accessToken })).status).toBe(200);
      } finally {
        // Shutdown waits for pending mails a bounded time, then drops them.
        const closing = await timed(() => t.close());
        expect(closing.ms).toBeLessThan(15_000);
        for (const socket of sockets) {
          socket.destroy();
        }
        tarpit.close();
      }
    },
    BOOT_TIMEOUT,
  );
});
