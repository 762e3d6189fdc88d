import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: what refresh and mailed tokens look like to clients. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 is enough: the input is 256 random
 * bits, so there is nothing to brute-force, and lookups stay a single index probe.
 */
export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The refresh token that follows `token` in its session: an HMAC of it under a server key, so a
 * repeat of a just-rotated token within the grace window can be answered with the same successor
 * without the database ever holding a usable token (it keeps hashes only).
 */
export function successorToken(key: Buffer, token: string): string {
  return createHmac('sha256', key).update(token).digest('base64url');
}

/** A key of its own for successorToken(), derived from the signing secret (never the secret itself). */
export function successorKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'groundwork refresh-token successor', 32));
}
