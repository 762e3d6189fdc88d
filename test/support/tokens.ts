import jwt from 'jsonwebtoken';
import type { ReceivedMail, SmtpSink } from './smtp-sink.js';

/** The token of the first link to `path` in the newest mail to `to`. */
export async function mailedToken(sink: SmtpSink, to: string, path: string, after = 0): Promise<string> {
  const mail: ReceivedMail = await sink.waitFor(
    (m) => m.to.includes(to) && m.text.includes(path) && sink.messages.indexOf(m) >= after,
  );
  const token = sink.linkFrom(mail, path).searchParams.get('token');
  if (token === null) {
    throw new Error(`The ${path} link in "${mail.subject}" has no token`);
  }
  return token;
}

export function decodeClaims(token: string): Record<string, unknown> {
  return jwt.decode(token) as Record<string, unknown>;
}
