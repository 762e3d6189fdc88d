import { Logger, type LoggerService } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { loadAppConfig } from '@groundwork/config';
import type { JobContext } from '@groundwork/jobs';
import { Metrics } from '@groundwork/telemetry';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { MailSender } from './mail-sender.js';
import { MailEvents, type MailDeadLetteredEvent } from './mail.events.js';
import type { MailPayload } from './mail.job.js';

class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log = (message: unknown): void => void this.lines.push(String(message));
  error = (message: unknown): void => void this.lines.push(String(message));
  warn = (message: unknown): void => void this.lines.push(String(message));
  debug = (): void => undefined;
  verbose = (): void => undefined;
  fatal = (message: unknown): void => void this.lines.push(String(message));
}

const TOKEN = 'tok_S3cret+/=';
const CONTEXT: JobContext = {
  id: '0b5f3a8e-8d1c-4c57-9c2b-0d0f9a1c2e33',
  attempt: 1,
  maxAttempts: 9,
  signal: new AbortController().signal,
};
const reset = (to: string): MailPayload => ({ template: 'password-reset', to, name: 'Alice <3', token: TOKEN });

describe(MailSender.name, () => {
  let logs: CapturingLogger;
  let sink: SmtpSink | undefined;
  let sender: MailSender | undefined;
  const events = new EventEmitter2();

  const senderFor = (smtpUrl: string | undefined, env: Record<string, string> = {}): MailSender => {
    const config = loadAppConfig({ NODE_ENV: 'test', APP_URL: 'https://app.example', SMTP_URL: smtpUrl, ...env });
    sender = new MailSender(config, events, new Metrics());
    return sender;
  };

  beforeEach(() => {
    logs = new CapturingLogger();
    Logger.overrideLogger(logs);
  });

  afterEach(async () => {
    sender?.onApplicationShutdown();
    await sink?.close();
    sender = sink = undefined;
    events.removeAllListeners();
  });

  it('renders the template and sends it, with a Message-ID that is the same on every attempt', async () => {
    sink = await startSmtpSink();
    await senderFor(sink.url).handle(reset('alice@example.com'), CONTEXT);

    const received = await sink.waitFor((m) => m.to.includes('alice@example.com'));
    expect(received.subject).toBe('Reset your password');
    expect(received.html).toContain('Hi Alice &lt;3,');
    const link = sink.linkFrom(received, '/reset-password');
    expect(link.origin + link.pathname).toBe('https://app.example/reset-password');
    expect(link.searchParams.get('token')).toBe(TOKEN);
    expect(received.messageId).toBe(`<${CONTEXT.id}@groundwork.mail>`);
  });

  it('throws on a rejected send (so the job retries), naming the domain but never the address or token', async () => {
    sink = await startSmtpSink({ failFirst: 1 });
    const error = await senderFor(sink.url)
      .handle(reset('bob@example.org'), CONTEXT)
      .then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );

    expect(error?.message).toMatch(/^Mail password-reset to \*@example\.org: .*451/);
    expect(error?.message).not.toMatch(/bob@|tok_/);
    expect(sink.messages).toHaveLength(0);
  });

  it('throws when the SMTP server is unreachable', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    await expect(senderFor(closed.url).handle(reset('carol@example.net'), CONTEXT)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('on the dead letter emits an event for the audit trail, without the address', async () => {
    const seen: MailDeadLetteredEvent[] = [];
    events.on(MailEvents.DeadLettered, (event: MailDeadLetteredEvent) => seen.push(event));
    await senderFor(undefined).onDeadLetter(
      Object.assign(reset('dave@example.com'), { userId: '5d0f6a4e-2f1b-4c1d-8e57-3b3c1f0a9d21' }),
      new Error('451 try later'),
      { ...CONTEXT, attempt: 9 },
    );
    expect(seen).toEqual([
      {
        template: 'password-reset',
        userId: '5d0f6a4e-2f1b-4c1d-8e57-3b3c1f0a9d21',
        recipientDomain: 'example.com',
        attempts: 9,
        error: '451 try later',
      },
    ]);
  });

  it('without SMTP_URL writes the mail, link included, to the log', async () => {
    await senderFor(undefined).handle(
      { template: 'email-verification', to: 'erin@example.com', name: 'Erin', token: TOKEN },
      CONTEXT,
    );
    const entry = logs.lines.join('\n');
    expect(entry).toContain('erin@example.com');
    expect(entry).toContain('Confirm your email address');
    expect(entry).toContain(`https://app.example/verify-email?${new URLSearchParams({ token: TOKEN }).toString()}`);
  });

  it('in production with MAIL_TRANSPORT=log logs that a mail went out, never its token or link', async () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MAIL_TRANSPORT: 'log' };
    const sent = senderFor(undefined, production);
    await sent.handle(reset('frank@example.com'), CONTEXT);
    await sent.handle({ template: 'email-verification', to: 'gina@example.org', name: 'Gina', token: TOKEN }, CONTEXT);
    const entries = logs.lines.join('\n');
    expect(entries).toContain('Mail not sent (log transport): "Reset your password" to *@example.com');
    expect(entries).toContain('Mail not sent (log transport): "Confirm your email address" to *@example.org');
    for (const secret of [TOKEN, encodeURIComponent(TOKEN), 'token=', 'frank@', 'gina@']) {
      expect([secret, entries.includes(secret)]).toEqual([secret, false]);
    }
  });

  it('in production with an SMTP_URL set beside MAIL_TRANSPORT=log, the log transport still hides the token', async () => {
    sink = await startSmtpSink();
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MAIL_TRANSPORT: 'log' };
    await senderFor(sink.url, production).handle(reset('hal@example.com'), CONTEXT);
    expect(logs.lines.join('\n')).not.toContain('token=');
    expect(sink.messages).toEqual([]);
  });
});
