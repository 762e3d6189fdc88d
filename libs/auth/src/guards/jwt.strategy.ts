import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '@groundwork/access';
import { invalidAccessToken } from '../auth.errors.js';
import { SessionLiveness } from '../sessions/session-liveness.service.js';
import { AccessTokenService, isAccessTokenClaims } from '../tokens/access-token.service.js';

/** Swallows the registration PassportStrategy's constructor makes under the fixed name "jwt". */
const deferredRegistration = { use: () => deferredRegistration };

/**
 * passport-jwt checks the signature (HS256 only: `none` and other algorithms are refused), expiry,
 * issuer and audience; validate() then checks the session is live and the role current.
 *
 * passport keeps strategies in one process-wide registry. Registered as "jwt", the strategy of a
 * second app in the same process (tests, tools) would replace this one, with its own secret and
 * session cache. So each app's strategy has a name of its own, which its AccessGuard uses.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) implements OnModuleDestroy {
  readonly strategyName = `jwt:${randomUUID()}`;

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
    passport.use(this.strategyName, this);
  }

  /** Called by PassportStrategy's constructor; the constructor above registers under this app's name instead. */
  getPassportInstance(): unknown {
    return deferredRegistration;
  }

  onModuleDestroy(): void {
    passport.unuse(this.strategyName);
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
