import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import { ApiProblemResponses, BEARER_AUTH } from '@groundwork/http';
import type { Principal, Role } from './principal.js';

export const IS_PUBLIC_KEY = 'groundwork:public';
export const ROLES_KEY = 'groundwork:roles';
export const OPTIONAL_AUTH_KEY = 'groundwork:optional-auth';

/**
 * Opens a route to anonymous callers; every other route needs a valid access token. The empty
 * security requirement says so in the OpenAPI document, rather than leaving it unstated.
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiSecurity({}));

/**
 * Open to anonymous callers, yet a valid access token, when one is sent, still identifies the
 * caller (@CurrentUserIfAny()). Documented as "bearer or nothing".
 */
export const OptionallyAuthenticated = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(OPTIONAL_AUTH_KEY, true),
    ApiBearerAuth(BEARER_AUTH),
    ApiSecurity({}),
    ApiProblemResponses(401),
  );

/**
 * Requires a signed-in caller, optionally with one of the given roles, and documents the
 * bearer security and the 401/403 answers in one place.
 */
export function Authenticated(options: { roles?: Role[] } = {}): MethodDecorator & ClassDecorator {
  const decorators = [ApiBearerAuth(BEARER_AUTH), ApiProblemResponses(401)];
  if (options.roles && options.roles.length > 0) {
    decorators.push(SetMetadata(ROLES_KEY, options.roles), ApiProblemResponses(403));
  }
  return applyDecorators(...decorators);
}

/** The request's principal; the guard guarantees it on non-public routes. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!request.principal) {
    throw new Error('CurrentUser used on a route without authentication');
  }
  return request.principal;
});

/** The request's principal on an @OptionallyAuthenticated() route, or undefined for an anonymous caller. */
export const CurrentUserIfAny = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<{ principal?: Principal }>().principal,
);
