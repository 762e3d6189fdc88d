import { createHash, randomBytes } from 'node:crypto';

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
