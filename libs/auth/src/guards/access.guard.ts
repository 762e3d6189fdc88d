import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY, OPTIONAL_AUTH_KEY, type Principal, type Role, ROLES_KEY } from '@groundwork/access';
import { ProblemException, RouteMemo } from '@groundwork/http';
import { expiredAccessToken, invalidAccessToken, missingAccessToken } from '../auth.errors.js';
import { JwtStrategy } from './jwt.strategy.js';

interface RoutePolicy {
  isPublic: boolean;
  /** Anonymous callers pass; a caller with a valid token is identified. */
  optional: boolean;
  roles: readonly Role[] | undefined;
}

/**
 * The global guard: every route needs a valid access token of a live session unless marked
 * @Public(), and one of the roles named by @Authenticated({ roles }) when there are any.
 * Sets request.principal for @CurrentUser().
 */
@Injectable()
export class AccessGuard extends AuthGuard() {
  /** Route metadata never changes: read it once per controller and handler, not on every request. */
  private readonly policies = new RouteMemo<RoutePolicy>();

  constructor(
    private readonly reflector: Reflector,
    strategy: JwtStrategy,
  ) {
    // This app's own strategy (see JwtStrategy); the principal goes to request.principal.
    super({ defaultStrategy: strategy.strategyName, property: 'principal', session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.policyFor(context);
    if (policy.isPublic) {
      return true;
    }
    if (policy.optional) {
      // A missing, expired or ended token leaves the caller anonymous; the handler decides.
      try {
        await super.canActivate(context);
      } catch {
        // anonymous
      }
      return true;
    }
    await super.canActivate(context);
    if (policy.roles !== undefined) {
      const principal = context.switchToHttp().getRequest<{ principal: Principal }>().principal;
      if (!policy.roles.includes(principal.role)) {
        throw new ProblemException(403, `This needs the ${policy.roles.join(' or ')} role`);
      }
    }
    return true;
  }

  /** Turns passport's outcome into the API's 401s; errors from validate() are already problems. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the signature @nestjs/passport declares
  override handleRequest<TUser = Principal>(error: unknown, user: unknown, info: unknown): TUser {
    if (error !== null && error !== undefined) {
      throw error instanceof Error ? error : new Error('Authentication failed', { cause: error });
    }
    if (user) {
      return user as TUser;
    }
    const name = (info as { name?: string } | undefined)?.name;
    if (name === 'TokenExpiredError') {
      throw expiredAccessToken();
    }
    if (name === 'JsonWebTokenError' || name === 'NotBeforeError') {
      throw invalidAccessToken('The access token is invalid');
    }
    throw missingAccessToken();
  }

  private policyFor(context: ExecutionContext): RoutePolicy {
    const handler = context.getHandler();
    const controller = context.getClass();
    return this.policies.get(handler, controller, () => {
      const targets = [handler, controller];
      const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      return {
        isPublic: this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets) === true,
        optional: this.reflector.getAllAndOverride<boolean | undefined>(OPTIONAL_AUTH_KEY, targets) === true,
        roles: roles !== undefined && roles.length > 0 ? roles : undefined,
      };
    });
  }
}
