import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '@groundwork/access';
import { invalidAccessToken } from '../auth.errors.js';
import { SessionLiveness } from '../sessions/session-liveness.service.js';
import { AccessTokenService, isAccessTokenClaims } from '../tokens/access-token.service.js';

export const JWT_STRATEGY = 'jwt';

/**
 * passport-jwt checks the signature (HS256 only: `none` and other algorithms are refused), expiry,
 * issuer and audience; validate() then checks the session is live and the role current.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    tokens: AccessTokenService,
    private readonly liveness: SessionLiveness,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject works with jsonwebtoken; the typings only list string and Buffer.
      secretOrKey: tokens.key as unknown as Buffer,
      ...tokens.verifyOptions,
      ignoreExpiration: false,
    });
  }

  async validate(payload: unknown): Promise<Readonly<Principal>> {
    if (!isAccessTokenClaims(payload)) {
      throw invalidAccessToken('The access token is invalid');
    }
    const result = await this.liveness.check(payload);
    if (result === 'ended') {
      throw invalidAccessToken('The session has ended; sign in again');
    }
    if (result === 'stale-role') {
      throw invalidAccessToken('The access token is out of date; refresh it');
    }
    return result;
  }
}
