import { Logger, type LoggerService } from '@nestjs/common';
import { loadAppConfig } from '@groundwork/config';
import { Metrics } from '@groundwork/telemetry';
import { startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { backoffDelayMs, DEFAULT_MAIL_DELIVERY, MailService, type MailDeliveryOptions } from './mail.service.js';

type Level = 'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal';
class CapturingLogger implements LoggerService {
  readonly entries: { level: Level; message: string }[] = [];
  log = (message: unknown): void => this.push('log', message);
  error = (message: unknown): void => this.push('error', message);
  warn = (message: unknown): void => this.push('warn', message);
  debug = (message: unknown): void => this.push('debug', message);
  verbose = (message: unknown): void => this.push('verbose', message);
  fatal = (message: unknown): void => this.push('fatal', message);
  at(level: Level): string[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.message);
  }
  private push(level: Level, message: unknown): void {
    this.entries.push({ level, message: String(message) });
  }
}

const TOKEN = 'tok_S3cret+/=';
const FAST: Partial<MailDeliveryOptions> = { baseDelayMs: 5 };

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(MailService.name, () => {
  let logs: CapturingLogger;
  let sink: SmtpSink | undefined;
  let service: MailService | undefined;

  const serviceFor = (smtpUrl: string | undefined, options: Partial<MailDeliveryOptions> = FAST): MailService => {
    const config = loadAppConfig({
      NODE_ENV: 'test',
      APP_URL: 'https://app.example',
      SMTP_URL: smtpUrl,
    });
    service = new MailService(config, new Metrics(), options);
    return service;
  };

  beforeEach(() => {
    logs = new CapturingLogger();
    Logger.overrideLogger(logs);
  });

  afterEach(async () => {
    await service?.onModuleDestroy();
    await sink?.close();
    service = sink = undefined;
  });

  it('by default tries 3 times, waiting 200 ms then 1 s', () => {
    expect(DEFAULT_MAIL_DELIVERY.maxAttempts).toBe(3);
    expect([1, 2, 3].map((attempt) => backoffDelayMs(DEFAULT_MAIL_DELIVERY, attempt))).toEqual([200, 1_000, 5_000]);
  });

  it('returns before delivery, retries a rejected attempt, then delivers', async () => {
    sink = await startSmtpSink({ failFirst: 1 });
    const mail = serviceFor(sink.url);

    await mail.sendPasswordReset('alice@example.com', 'Alice <3', TOKEN);
    expect(sink.messages).toHaveLength(0);
    await mail.whenIdle();

    expect(sink.rejected).toBe(1);
    const received = await sink.waitFor((m) => m.to.includes('alice@example.com'));
    expect(sink.messages).toHaveLength(1);
    expect(received.subject).toBe('Reset your password');
    expect(received.from).toContain('no-reply@groundwork.local');
    expect(received.html).toContain('Hi Alice &lt;3,');
    const link = sink.linkFrom(received, '/reset-password');
    expect(link.origin + link.pathname).toBe('https://app.example/reset-password');
    expect(link.searchParams.get('token')).toBe(TOKEN);

    expect(logs.at('warn')).toEqual([
      expect.stringMatching(/password-reset to \*@example\.com: attempt 1\/3 failed: .*451/),
    ]);
    expect(logs.at('error')).toEqual([]);
    expect(logs.entries.map((e) => e.message).join('\n')).not.toMatch(/alice@|tok_/);
  });

  it('gives up after 3 failed attempts: logs each, then an error, and never rejects', async () => {
    sink = await startSmtpSink({ failFirst: Infinity });
    const mail = serviceFor(sink.url);

    await expect(mail.sendEmailVerification('bob@example.org', 'Bob', TOKEN)).resolves.toBeUndefined();
    await expect(mail.whenIdle()).resolves.toBeUndefined();

    expect(sink.rejected).toBe(3);
    expect(sink.messages).toHaveLength(0);
    expect(logs.at('warn')).toHaveLength(3);
    expect(logs.at('warn')[2]).toContain('email-verification to *@example.org: attempt 3/3 failed');
    expect(logs.at('error')).toEqual(['Mail email-verification to *@example.org: giving up after 3 attempt(s)']);
    expect(logs.entries.map((e) => e.message).join('\n')).not.toMatch(/bob@|tok_|verify-email/);
  });

  it('survives an unreachable SMTP server', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const mail = serviceFor(closed.url);

    await mail.sendPasswordReset('carol@example.net', 'Carol', TOKEN);
    await mail.whenIdle();

    expect(logs.at('warn')).toHaveLength(3);
    expect(logs.at('warn')[0]).toContain('ECONNREFUSED');
    expect(logs.at('error')).toHaveLength(1);
  });

  it('without SMTP_URL writes the mail, link included, to the log', async () => {
    const mail = serviceFor(undefined);

    await mail.sendEmailVerification('dave@example.com', 'Dave', TOKEN);
    await mail.whenIdle();

    const [entry, ...rest] = logs.at('log');
    expect(rest).toEqual([]);
    expect(entry).toContain('dave@example.com');
    expect(entry).toContain('Confirm your email address');
    expect(entry).toContain(`https://app.example/verify-email?${new URLSearchParams({ token: TOKEN }).toString()}`);
    expect(logs.at('warn')).toEqual([]);
  });

  it('in production without SMTP_URL logs the subject only, never the token', async () => {
    const config = loadAppConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      APP_URL: 'https://app.example',
    });
    service = new MailService(config, new Metrics(), FAST);

    await service.sendPasswordReset('dave@example.com', 'Dave', TOKEN);
    await service.whenIdle();

    const entries = logs.at('log').join('\n');
    expect(entries).toContain('Mail not sent');
    expect(entries).not.toContain(TOKEN);
    expect(entries).not.toContain('dave@example.com');
  });

  it('on shutdown waits for pending mails', async () => {
    sink = await startSmtpSink();
    const mail = serviceFor(sink.url);

    await mail.sendEmailVerification('erin@example.com', 'Erin', TOKEN);
    await mail.onModuleDestroy();

    expect(sink.messages).toHaveLength(1);
  });

  it('on shutdown stops waiting after its bound and drops what is left', async () => {
    sink = await startSmtpSink({ failFirst: Infinity });
    const mail = serviceFor(sink.url, {
      baseDelayMs: 60_000,
      shutdownTimeoutMs: 50,
    });

    await mail.sendPasswordReset('frank@example.com', 'Frank', TOKEN);
    await until(() => logs.at('warn').length === 1);
    const started = Date.now();
    await mail.onModuleDestroy();
    await mail.whenIdle();

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(logs.at('warn')[1]).toMatch(/1 mail\(s\) still pending/);
    expect(logs.at('error')).toEqual(['Mail password-reset to *@example.com: giving up after 1 attempt(s)']);
  });
});
