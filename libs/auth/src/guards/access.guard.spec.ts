import { Controller, type ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { jest } from '@jest/globals';
import jwt from 'jsonwebtoken';
import passport from 'passport';
import { Authenticated, type Principal, Public } from '@groundwork/access';
import { APP_CONFIG, loadAppConfig } from '@groundwork/config';
import { ProblemException } from '@groundwork/http';
import { SessionLiveness, type SessionRejection } from '../sessions/session-liveness.service.js';
import { AccessTokenService, type AccessTokenClaims } from '../tokens/access-token.service.js';
import { AccessGuard } from './access.guard.js';
import { JwtStrategy } from './jwt.strategy.js';

const SECRET = 'guard-spec-secret-'.padEnd(48, 'x');
const config = loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET });

@Controller('things')
class ThingsController {
  @Get('open')
  @Public()
  open(): void {}

  @Get('mine')
  @Authenticated()
  mine(): void {}

  @Get('admin')
  @Authenticated({ roles: ['admin'] })
  admin(): void {}
}

@Public()
@Controller('public')
class PublicController {
  @Get()
  anything(): void {}
}

type Request = { headers: Record<string, string>; principal?: Principal };

function contextFor(controller: { prototype: object }, method: string, request: Request): ExecutionContext {
  const reply = { header: jest.fn() };
  const handler = (controller.prototype as Record<string, unknown>)[method];
  return {
    getClass: () => controller,
    getHandler: () => handler,
    getType: () => 'http',
    getArgs: () => [request, reply],
    getArgByIndex: (index: number) => [request, reply][index],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply, getNext: () => undefined }),
  } as unknown as ExecutionContext;
}

const bearer = (token: string): Request => ({ headers: { authorization: `Bearer ${token}` } });
const claims = {
  sub: '11111111-1111-4111-8111-111111111111',
  sid: '22222222-2222-4222-8222-222222222222',
  role: 'user' as const,
};
const sign = (payload: object, options: jwt.SignOptions = {}, secret = SECRET): string =>
  jwt.sign(payload, secret, { issuer: 'groundwork', audience: 'groundwork-api', expiresIn: 60, ...options });

async function setup(secret = SECRET) {
  const check = jest.fn((c: AccessTokenClaims): Promise<Readonly<Principal> | SessionRejection> =>
    Promise.resolve(Object.freeze({ userId: c.sub, sessionId: c.sid, role: c.role })),
  );
  const moduleRef = await Test.createTestingModule({
    providers: [
      AccessGuard,
      JwtStrategy,
      AccessTokenService,
      {
        provide: APP_CONFIG,
        useValue: secret === SECRET ? config : loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: secret }),
      },
      { provide: SessionLiveness, useValue: { check } },
    ],
  }).compile();
  return {
    moduleRef,
    guard: moduleRef.get(AccessGuard),
    tokens: moduleRef.get(AccessTokenService),
    reflector: moduleRef.get(Reflector),
    check,
  };
}

async function refusal(promise: Promise<unknown>): Promise<ProblemException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe(AccessGuard.name, () => {
  it('lets anyone through @Public() routes, on the method or the controller, without looking at tokens', async () => {
    const { guard, check } = await setup();
    await expect(guard.canActivate(contextFor(ThingsController, 'open', { headers: {} }))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor(PublicController, 'anything', bearer('garbage')))).resolves.toBe(true);
    expect(check).not.toHaveBeenCalled();
  });

  it('sets request.principal from a valid token of a live session', async () => {
    const { guard, tokens, check } = await setup();
    const request = bearer(
      tokens.sign({
        userId: '11111111-1111-4111-8111-111111111111',
        sessionId: '22222222-2222-4222-8222-222222222222',
        role: 'user',
      }),
    );

    await expect(guard.canActivate(contextFor(ThingsController, 'mine', request))).resolves.toBe(true);

    expect(request.principal).toEqual({
      userId: '11111111-1111-4111-8111-111111111111',
      sessionId: '22222222-2222-4222-8222-222222222222',
      role: 'user',
    });
    expect(check).toHaveBeenCalledWith(expect.objectContaining(claims));
  });

  it('answers 401 with a Bearer challenge when no token is sent', async () => {
    const { guard } = await setup();
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer' },
    ];
    for (const headers of variants) {
      const problem = await refusal(guard.canActivate(contextFor(ThingsController, 'mine', { headers })));
      expect(problem.getStatus()).toBe(401);
      expect(problem.headers['www-authenticate']).toBe('Bearer realm="groundwork"');
    }
  });

  it.each([
    ['signed with another secret', () => sign(claims, {}, 'another-secret-'.padEnd(48, 'y'))],
    [
      'unsigned (alg none)',
      () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: 'groundwork', aud: 'groundwork-api' })}.`,
    ],
    ['signed with another algorithm', () => sign(claims, { algorithm: 'HS512' })],
    ['for another audience', () => sign(claims, { audience: 'other' })],
    ['from another issuer', () => sign(claims, { issuer: 'other' })],
    ['tampered with', () => tamper(sign(claims), { role: 'admin' })],
    ['not a JWT', () => 'not-a-jwt'],
  ])('answers 401 for a token %s, before any session lookup', async (_label, token) => {
    const { guard, check } = await setup();
    const problem = await refusal(guard.canActivate(contextFor(ThingsController, 'mine', bearer(token()))));
    expect(problem.getStatus()).toBe(401);
    expect(problem.message).toBe('The access token is invalid');
    expect(problem.problemType).toBe('urn:groundwork:problem:invalid-token');
    expect(problem.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(check).not.toHaveBeenCalled();
  });

  it('answers 401 for an expired token, saying so', async () => {
    const { guard } = await setup();
    const expired = sign({ ...claims, iat: Math.floor(Date.now() / 1000) - 120 }, { expiresIn: 60 });
    const problem = await refusal(guard.canActivate(contextFor(ThingsController, 'mine', bearer(expired))));
    expect(problem.message).toBe('The access token has expired; refresh it');
    expect(problem.problemType).toBe('urn:groundwork:problem:token-expired');
    expect(problem.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('answers 401 for well-signed claims of the wrong shape', async () => {
    const { guard, check } = await setup();
    const problem = await refusal(
      guard.canActivate(
        contextFor(
          ThingsController,
          'mine',
          bearer(sign({ sub: '11111111-1111-4111-8111-111111111111', role: 'user' })),
        ),
      ),
    );
    expect(problem.getStatus()).toBe(401);
    expect(check).not.toHaveBeenCalled();
  });

  it.each([
    ['ended', 'The session has ended; sign in again'],
    ['stale-role', 'The access token is out of date; refresh it'],
  ] as const)('answers 401 when the session check says %s', async (rejection, detail) => {
    const { guard, check, tokens } = await setup();
    check.mockResolvedValue(rejection);
    const request = bearer(
      tokens.sign({
        userId: '11111111-1111-4111-8111-111111111111',
        sessionId: '22222222-2222-4222-8222-222222222222',
        role: 'user',
      }),
    );
    const problem = await refusal(guard.canActivate(contextFor(ThingsController, 'mine', request)));
    expect(problem.getStatus()).toBe(401);
    expect(problem.message).toBe(detail);
    expect(request.principal).toBeUndefined();
  });

  it('answers 403 when the route needs a role the caller lacks', async () => {
    const { guard, tokens } = await setup();
    const asUser = bearer(
      tokens.sign({
        userId: '11111111-1111-4111-8111-111111111111',
        sessionId: '22222222-2222-4222-8222-222222222222',
        role: 'user',
      }),
    );
    const problem = await refusal(guard.canActivate(contextFor(ThingsController, 'admin', asUser)));
    expect(problem.getStatus()).toBe(403);

    const asAdmin = bearer(
      tokens.sign({
        userId: '33333333-3333-4333-8333-333333333333',
        sessionId: '44444444-4444-4444-8444-444444444444',
        role: 'admin',
      }),
    );
    await expect(guard.canActivate(contextFor(ThingsController, 'admin', asAdmin))).resolves.toBe(true);
  });

  it('keeps two apps in one process apart: each guard uses its own strategy, secret and sessions', async () => {
    const first = await setup();
    const second = await setup('second-app-secret-'.padEnd(48, 'q'));
    const principal = {
      userId: '11111111-1111-4111-8111-111111111111',
      sessionId: '22222222-2222-4222-8222-222222222222',
      role: 'user' as const,
    };

    await expect(
      first.guard.canActivate(contextFor(ThingsController, 'mine', bearer(first.tokens.sign(principal)))),
    ).resolves.toBe(true);
    await expect(
      second.guard.canActivate(contextFor(ThingsController, 'mine', bearer(second.tokens.sign(principal)))),
    ).resolves.toBe(true);
    await refusal(first.guard.canActivate(contextFor(ThingsController, 'mine', bearer(second.tokens.sign(principal)))));
    expect(first.check).toHaveBeenCalledTimes(1);
    expect(second.check).toHaveBeenCalledTimes(1);

    const name = first.moduleRef.get(JwtStrategy).strategyName;
    const registry = passport as unknown as { _strategy(name: string): unknown };
    expect(registry._strategy(name)).toBe(first.moduleRef.get(JwtStrategy));
    await first.moduleRef.close();
    expect(registry._strategy(name)).toBeUndefined();
    expect(registry._strategy('jwt')).toBeUndefined();
  });

  it('reads route metadata once per handler', async () => {
    const { guard, reflector, tokens } = await setup();
    const spy = jest.spyOn(reflector, 'getAllAndOverride');
    const token = tokens.sign({
      userId: '11111111-1111-4111-8111-111111111111',
      sessionId: '22222222-2222-4222-8222-222222222222',
      role: 'user',
    });
    for (let i = 0; i < 5; i += 1) {
      await guard.canActivate(contextFor(ThingsController, 'mine', bearer(token)));
    }
    // Public, optional authentication and roles: three reads, once.
    expect(spy).toHaveBeenCalledTimes(3);
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Rewrites the payload and keeps the original signature. */
function tamper(token: string, changes: object): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claimsOf = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
  return `${header}.${b64({ ...claimsOf, ...changes })}.${signature}`;
}
