import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

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

/**
 * Responses can hold tokens (a sign-up answers with a session), so they are stored encrypted
 * (AES-256-GCM) under a key derived from the Idempotency-Key, which the database never sees: a dump
 * of the table reveals nothing without the keys the clients hold.
 */
export function seal(response: StoredResponse, scope: string, key: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sha256(`seal\n${scope}\n${key}`), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal(sealed: Buffer, scope: string, key: string): StoredResponse {
  const decipher = createDecipheriv('aes-256-gcm', sha256(`seal\n${scope}\n${key}`), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as StoredResponse;
}
