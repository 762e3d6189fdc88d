import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients: who the server actually delivered to. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID header, angle brackets included. */
  messageId: string;
}

export interface SmtpSinkOptions {
  /** Reject this many deliveries with a transient 451 before accepting any (retry tests). */
  failFirst?: number;
  /** Accept this many deliveries' data and then never answer (a send in progress, held open). */
  holdFirst?: number;
  /** Listen on this port (e.g. one the app was already told about, to bring a "down" server up). */
  port?: number;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port> */
  url: string;
  messages: ReceivedMail[];
  /** Deliveries refused because of failFirst. */
  readonly rejected: number;
  /** Deliveries held open because of holdFirst. */
  readonly held: number;
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** The first link in the text body whose URL contains `path`. */
  linkFrom(mail: ReceivedMail, path: string): URL;
  close(): Promise<void>;
}

interface Waiter {
  predicate: (mail: ReceivedMail) => boolean;
  resolve: (mail: ReceivedMail) => void;
}

/** A real SMTP server on a random loopback port that keeps every mail it accepts. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();
  let rejected = 0;
  let held = 0;

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      if (held < (options.holdFirst ?? 0)) {
        held += 1;
        stream.resume();
        return;
      }
      if (rejected < (options.failFirst ?? 0)) {
        rejected += 1;
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            messageId: parsed.messageId ?? '',
          };
          messages.push(mail);
          for (const waiter of waiters) {
            if (waiter.predicate(mail)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });

  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get rejected() {
      return rejected;
    },
    get held() {
      return held;
    },
    // Generous: mails go through the job queue (two jobs for a reset request), on a loaded machine too.
    waitFor(predicate, timeoutMs = 20_000) {
      const found = messages.find(predicate);
      if (found) {
        return Promise.resolve(found);
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = messages.map((m) => `"${m.subject}" to ${m.to.join(', ')}`).join('; ') || 'none';
          reject(new Error(`No matching mail within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    linkFrom(mail, path) {
      const href = mail.text.match(/https?:\/\/[^\s<>"']+/g)?.find((candidate) => candidate.includes(path));
      if (href === undefined) {
        throw new Error(`No link containing "${path}" in mail "${mail.subject}"`);
      }
      return new URL(href);
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
