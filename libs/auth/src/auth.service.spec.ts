import { jest } from '@jest/globals';
import type { ProblemException } from '@groundwork/http';
import type { AuthUser, PasswordHasher, UserResponseDto, UsersService } from '@groundwork/users';
import { Metrics } from '@groundwork/telemetry';
import type { AuditLog } from './audit/audit-log.service.js';
import { AuthProblems } from './auth.errors.js';
import { AuthMetrics } from './auth.metrics.js';
import { AuthService } from './auth.service.js';
import type { EmailVerificationService } from './email-verification.service.js';
import type { SessionsService } from './sessions/sessions.service.js';

const client = { ip: '203.0.113.7', userAgent: 'jest' };
const user: AuthUser = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  passwordHash: 'hash',
  emailVerified: false,
};
const profile: UserResponseDto = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  emailVerified: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const pair = { accessToken: 'access', refreshToken: 'refresh', expiresIn: 900 };

function setup() {
  const users = {
    register: jest.fn(() => Promise.resolve(profile)),
    getAuthUserByEmail: jest.fn((): Promise<AuthUser | null> => Promise.resolve(user)),
    getUser: jest.fn(() => Promise.resolve(profile)),
    rehashIfNeeded: jest.fn((): Promise<void> => Promise.resolve()),
  };
  const hasher = {
    verify: jest.fn(() => Promise.resolve(true)),
    verifyDummy: jest.fn((): Promise<void> => Promise.resolve()),
  };
  const sessions = { start: jest.fn(() => Promise.resolve({ sessionId: 'session-1', pair })) };
  const verification = { send: jest.fn((): Promise<void> => Promise.resolve()) };
  const audit = { record: jest.fn(), warn: jest.fn() };
  const service = new AuthService(
    users as unknown as UsersService,
    hasher as unknown as PasswordHasher,
    sessions as unknown as SessionsService,
    verification as unknown as EmailVerificationService,
    audit as unknown as AuditLog,
    new AuthMetrics(new Metrics()),
  );
  return { service, users, hasher, sessions, verification, audit };
}

const failure = (promise: Promise<unknown>): Promise<ProblemException> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as ProblemException,
  );

describe(AuthService.name, () => {
  it('signs in: verifies, upgrades the hash if needed, opens a session, audits', async () => {
    const { service, users, hasher, sessions, audit } = setup();

    const response = await service.login({ email: 'ada@example.com', password: 'pw' }, client);

    expect(hasher.verify).toHaveBeenCalledWith('hash', 'pw');
    expect(users.rehashIfNeeded).toHaveBeenCalledWith(user, 'pw');
    expect(sessions.start).toHaveBeenCalledWith(user, client);
    expect(response).toEqual({
      user: profile,
      accessToken: 'access',
      refreshToken: 'refresh',
      tokenType: 'Bearer',
      expiresIn: 900,
    });
    expect(audit.record).toHaveBeenCalledWith('auth.sign-in.succeeded', {
      userId: 'user-1',
      sessionId: 'session-1',
      ip: '203.0.113.7',
    });
  });

  it('answers an unknown email and a wrong password alike, spending a verification on both', async () => {
    const unknown = setup();
    unknown.users.getAuthUserByEmail.mockResolvedValue(null);
    const wrong = setup();
    wrong.hasher.verify.mockResolvedValue(false);

    const [a, b] = await Promise.all([
      failure(unknown.service.login({ email: 'nobody@example.com', password: 'pw' }, client)),
      failure(wrong.service.login({ email: 'ada@example.com', password: 'nope' }, client)),
    ]);

    expect([a.getStatus(), a.message, a.problemType]).toEqual([b.getStatus(), b.message, b.problemType]);
    expect(a.getStatus()).toBe(401);
    expect(a.problemType).toBe(AuthProblems.InvalidCredentials);
    expect(unknown.hasher.verifyDummy).toHaveBeenCalledWith('pw');
    expect(wrong.hasher.verify).toHaveBeenCalledTimes(1);
    for (const { sessions, users } of [unknown, wrong]) {
      expect(sessions.start).not.toHaveBeenCalled();
      expect(users.rehashIfNeeded).not.toHaveBeenCalled();
    }
    expect(unknown.audit.warn).toHaveBeenCalledWith('auth.sign-in.failed', {
      reason: 'unknown-email',
      ip: '203.0.113.7',
    });
    expect(wrong.audit.warn).toHaveBeenCalledWith('auth.sign-in.failed', {
      userId: 'user-1',
      reason: 'wrong-password',
      ip: '203.0.113.7',
    });
  });

  it('registers: creates the user as a plain user, signs in and mails a verification link', async () => {
    const { service, users, sessions, verification } = setup();

    const response = await service.register({ email: 'ada@example.com', password: 'pw', name: 'Ada' }, client);

    expect(users.register).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'pw', name: 'Ada' });
    expect(sessions.start).toHaveBeenCalledWith(profile, client);
    expect(verification.send).toHaveBeenCalledWith(profile);
    expect(response.user).toBe(profile);
  });
});
