import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** What a first run produced: a success body (the route's own status applies), or a problem. */
export type StoredResponse =
  | { kind: 'body'; body: unknown }
  | {
      kind: 'problem';
      status: number;
      detail: string;
      type: string;
      errors?: { field: string; message: string }[];
      headers: Record<string, string>;
    };

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The row's id: the key is scoped to its caller, and only its hash is stored. */
export const keyHashOf = (scope: string, key: string): string => sha256(`id\n${scope}\n${key}`).toString('hex');

/** The server's part of every seal key, derived from the signing secret (never the secret itself). */
export function sealSecret(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'groundwork idempotency seal', 32));
}

/** Keys may be short (the draft sets no minimum), so the server's secret keeps a short one from being guessed. */
const sealKey = (server: Buffer, scope: string, key: string): Buffer =>
  createHmac('sha256', server).update(`seal\n${scope}\n${key}`).digest();

/**
 * Responses can hold tokens (a sign-up answers with a session), so they are stored encrypted
 * (AES-256-GCM) under a key derived from the Idempotency-Key, which the database never sees, and the
 * server's secret: a dump of the table reveals nothing without both.
 */
export function seal(response: StoredResponse, server: Buffer, scope: string, key: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(server, scope, key), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Throws when the seal does not open (another scope or key, or a server secret since rotated). */
export function unseal(sealed: Buffer, server: Buffer, scope: string, key: string): StoredResponse {
  const decipher = createDecipheriv('aes-256-gcm', sealKey(server, scope, key), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as StoredResponse;
}
