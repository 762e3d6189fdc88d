import { jest } from '@jest/globals';
import type { TransactionRunner } from '@groundwork/database';
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
  credentialsVersion: 3,
};
const profile: UserResponseDto = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  emailVerified: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};
const tx = { name: 'the transaction' };
const pair = { accessToken: 'access', refreshToken: 'refresh', expiresIn: 900 };

function setup() {
  const users = {
    register: jest.fn(() => Promise.resolve(profile)),
    assertEmailFree: jest.fn((): Promise<void> => Promise.resolve()),
    hashNewPassword: jest.fn(() => Promise.resolve('new-hash')),
    getAuthUserByEmail: jest.fn((): Promise<AuthUser | null> => Promise.resolve(user)),
    getUser: jest.fn(() => Promise.resolve(profile)),
    strongerHash: jest.fn((): Promise<string | undefined> => Promise.resolve(undefined)),
    confirmCredentials: jest.fn(() => Promise.resolve(true)),
  };
  const hasher = {
    verify: jest.fn(() => Promise.resolve(true)),
    verifyDummy: jest.fn((): Promise<void> => Promise.resolve()),
  };
  const sessions = { start: jest.fn(() => Promise.resolve({ sessionId: 'session-1', pair })) };
  const verification = { send: jest.fn((): Promise<void> => Promise.resolve()) };
  const audit = { record: jest.fn(), warn: jest.fn() };
  const transactions = { run: jest.fn((work: (t: unknown) => Promise<unknown>) => work(tx)) };
  const service = new AuthService(
    users as unknown as UsersService,
    hasher as unknown as PasswordHasher,
    sessions as unknown as SessionsService,
    verification as unknown as EmailVerificationService,
    transactions as unknown as TransactionRunner,
    audit as unknown as AuditLog,
    new AuthMetrics(new Metrics()),
  );
  return { service, users, hasher, sessions, verification, audit, transactions };
}

const failure = (promise: Promise<unknown>): Promise<ProblemException> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as ProblemException,
  );

describe(AuthService.name, () => {
  it('signs in: verifies, confirms the credentials (with a stronger hash) and opens the session in one transaction', async () => {
    const { service, users, hasher, sessions, audit } = setup();
    users.strongerHash.mockResolvedValue('stronger');

    const response = await service.login({ email: 'ada@example.com', password: 'pw' }, client);

    expect(hasher.verify).toHaveBeenCalledWith('hash', 'pw');
    expect(users.strongerHash).toHaveBeenCalledWith(user, 'pw');
    expect(users.confirmCredentials).toHaveBeenCalledWith(user, tx, 'stronger');
    expect(sessions.start).toHaveBeenCalledWith(user, client, tx);
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
      expect(users.confirmCredentials).not.toHaveBeenCalled();
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

  it('refuses a sign-in whose password changed after it was verified, opening no session', async () => {
    const { service, users, sessions, audit } = setup();
    users.confirmCredentials.mockResolvedValue(false);

    const error = await failure(service.login({ email: 'ada@example.com', password: 'pw' }, client));

    expect(error.getStatus()).toBe(401);
    expect(sessions.start).not.toHaveBeenCalled();
    expect(audit.warn).toHaveBeenCalledWith('auth.sign-in.failed', {
      userId: 'user-1',
      reason: 'password-changed',
      ip: '203.0.113.7',
    });
  });

  it('registers: hashes first, then the user, its session and its verification link in one transaction', async () => {
    const { service, users, sessions, verification, transactions } = setup();

    const response = await service.register({ email: 'ada@example.com', password: 'pw', name: 'Ada' }, client);

    expect(users.hashNewPassword).toHaveBeenCalledWith('pw', 'ada@example.com');
    expect(transactions.run).toHaveBeenCalledTimes(1);
    expect(users.register).toHaveBeenCalledWith(
      { email: 'ada@example.com', name: 'Ada', passwordHash: 'new-hash' },
      tx,
    );
    expect(sessions.start).toHaveBeenCalledWith(profile, client, tx);
    expect(verification.send).toHaveBeenCalledWith(profile, tx);
    expect(response.user).toBe(profile);
  });
});
