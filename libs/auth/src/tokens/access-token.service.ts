import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { ROLES, type Role } from '@groundwork/access';
import { InjectConfig, type AppConfig } from '@groundwork/config';

/** The claims of an access token; iat, exp, iss and aud are added and checked by jsonwebtoken. */
export interface AccessTokenClaims {
  sub: string;
  /** The session the token belongs to: revoking it ends the token at once. */
  sid: string;
  role: Role;
  iat?: number;
  exp?: number;
  iss?: string;
  aud?: string | string[];
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Type-checks claims that passed the signature check, so the guard never trusts a malformed
 * payload: sub and sid are the UUIDs the database keys on (anything else would fail there, as a
 * 500), and exp is required (jsonwebtoken accepts a token without one as never expiring).
 */
export function isAccessTokenClaims(payload: unknown): payload is AccessTokenClaims & { exp: number } {
  const claims = payload as Partial<AccessTokenClaims> | null;
  return (
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.sub === 'string' &&
    UUID.test(claims.sub) &&
    typeof claims.sid === 'string' &&
    UUID.test(claims.sid) &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp) &&
    (ROLES as readonly unknown[]).includes(claims.role)
  );
}

/** Signs access tokens; the JWT strategy verifies them with the same key and options. */
@Injectable()
export class AccessTokenService {
  /**
   * A KeyObject, made once: given a string, jsonwebtoken first tries createPublicKey on it and
   * throws internally on every call before falling back to a secret key.
   */
  readonly key: KeyObject;
  readonly ttlSeconds: number;
  readonly verifyOptions: {
    algorithms: [typeof ACCESS_TOKEN_ALGORITHM];
    issuer: string;
    audience: string;
  };
  private readonly signOptions: jwt.SignOptions;

  constructor(@InjectConfig() config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwt.secret));
    this.ttlSeconds = config.jwt.accessTtlSeconds;
    this.verifyOptions = {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    };
    this.signOptions = {
      algorithm: ACCESS_TOKEN_ALGORITHM,
      expiresIn: config.jwt.accessTtlSeconds,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    };
  }

  sign(claims: { userId: string; sessionId: string; role: Role }): string {
    const payload: AccessTokenClaims = { sub: claims.userId, sid: claims.sessionId, role: claims.role };
    return jwt.sign(payload, this.key, this.signOptions);
  }
}
