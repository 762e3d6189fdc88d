import { jest } from '@jest/globals';
import { loadAppConfig } from '@groundwork/config';
import type { TransactionRunner } from '@groundwork/database';
import { ProblemException } from '@groundwork/http';
import type { AuthUser, UsersService } from '@groundwork/users';
import { Metrics } from '@groundwork/telemetry';
import type { AuditLog } from '../audit/audit-log.service.js';
import { AuthProblems } from '../auth.errors.js';
import { AuthMetrics } from '../auth.metrics.js';
import type { RefreshTokenEntity } from '../entities/refresh-token.entity.js';
import type { SessionEntity } from '../entities/session.entity.js';
import { AccessTokenService } from '../tokens/access-token.service.js';
import { hashOpaqueToken } from '../tokens/opaque-token.js';
import type { SessionLiveness } from './session-liveness.service.js';
import type { Rotation, RotatedSession, SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

const config = loadAppConfig({ NODE_ENV: 'test', JWT_SECRET: 's'.repeat(48), JWT_REFRESH_TTL: '3600' });
const client = { ip: '203.0.113.7', userAgent: 'jest' };
const TX = { tx: true };

const user: AuthUser = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  passwordHash: '$argon2id$…',
  emailVerified: true,
  credentialsVersion: 0,
};

function session(overrides: Partial<SessionEntity> = {}): SessionEntity {
  return {
    id: 'session-1',
    userId: 'user-1',
    createdAt: new Date(),
    lastUsedAt: new Date(),
    userAgent: null,
    ip: null,
    expiresAt: new Date(Date.now() + 3_600_000),
    revokedAt: null,
    revokeReason: null,
    ...overrides,
  };
}

function refreshToken(overrides: Partial<RefreshTokenEntity> = {}): RefreshTokenEntity {
  return { id: 'rt-1', sessionId: 'session-1', tokenHash: 'h', createdAt: new Date(), usedAt: null, ...overrides };
}

function setup() {
  const repo = {
    create: jest.fn((s: Partial<SessionEntity>) => Promise.resolve(session({ ...s, id: 'session-new' }))),
    addRefreshToken: jest.fn((): Promise<void> => Promise.resolve()),
    // The one-statement rotation finds nothing by default: the transactional path decides.
    rotateIfLive: jest.fn<(rotation: Rotation) => Promise<RotatedSession | null>>(() => Promise.resolve(null)),
    getRefreshTokenForUpdate: jest.fn((): Promise<RefreshTokenEntity | null> => Promise.resolve(refreshToken())),
    getForUpdate: jest.fn((): Promise<SessionEntity | null> => Promise.resolve(session())),
    markRefreshTokenUsed: jest.fn((): Promise<void> => Promise.resolve()),
    extend: jest.fn((): Promise<void> => Promise.resolve()),
    deleteRefreshTokensUsedBefore: jest.fn((): Promise<void> => Promise.resolve()),
    revoke: jest.fn((): Promise<{ id: string; userId: string }[]> =>
      Promise.resolve([{ id: 'session-1', userId: 'user-1' }]),
    ),
    listLive: jest.fn((): Promise<SessionEntity[]> => Promise.resolve([])),
    getRefreshToken: jest.fn((): Promise<RefreshTokenEntity | null> => Promise.resolve(null)),
    getRefreshTokenOwner: jest.fn((): Promise<{ id: string; userId: string } | null> => Promise.resolve(null)),
  };
  // Like TransactionRunner: after-commit effects run once the work resolved, before run() does.
  const effects: (() => unknown)[] = [];
  const transactions = {
    run: jest.fn(async (work: (tx: unknown) => Promise<unknown>) => {
      const result = await work(TX);
      for (const effect of effects.splice(0)) {
        await effect();
      }
      return result;
    }),
    join: jest.fn((tx: unknown, work: (tx: unknown) => Promise<unknown>) => (tx ? work(tx) : transactions.run(work))),
    afterCommit: jest.fn((_tx: unknown, effect: () => unknown) => {
      effects.push(effect);
    }),
  };
  const liveness = { revoked: jest.fn((): Promise<void> => Promise.resolve()) };
  const users = { getAuthUserById: jest.fn((): Promise<AuthUser | null> => Promise.resolve(user)) };
  const audit = { record: jest.fn(), warn: jest.fn() };
  const accessTokens = new AccessTokenService(config);
  const service = new SessionsService(
    repo as unknown as SessionsRepository,
    transactions as unknown as TransactionRunner,
    accessTokens,
    liveness as unknown as SessionLiveness,
    users as unknown as UsersService,
    audit as unknown as AuditLog,
    new AuthMetrics(new Metrics()),
    config,
  );
  return { service, repo, transactions, liveness, users, audit };
}

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe(SessionsService.name, () => {
  describe('start', () => {
    it('opens a session and stores only the hash of its first refresh token, in one transaction', async () => {
      const { service, repo } = setup();
      const { sessionId, pair } = await service.start({ id: 'user-1', role: 'user' }, client);

      expect(sessionId).toBe('session-new');
      expect(repo.create).toHaveBeenCalledWith(
        expect.objectContaining({ userId: 'user-1', ip: '203.0.113.7', userAgent: 'jest' }),
        TX,
      );
      const created = repo.create.mock.calls[0]![0] as SessionEntity;
      expect(created.expiresAt.getTime() - created.lastUsedAt.getTime()).toBe(3_600_000);
      expect(pair.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(repo.addRefreshToken).toHaveBeenCalledWith('session-new', hashOpaqueToken(pair.refreshToken), TX);
      expect(pair.expiresIn).toBe(config.jwt.accessTtlSeconds);
    });
  });

  describe('refresh', () => {
    it('rotates an unused token of a live session in one statement, signing with the role it read', async () => {
      const { service, repo, users, transactions } = setup();
      repo.rotateIfLive.mockResolvedValue({ sessionId: 'session-1', userId: 'user-1', role: 'admin' });

      const pair = await service.refresh('presented-token', client);

      const rotation = repo.rotateIfLive.mock.calls[0]![0];
      expect(rotation.tokenHash).toBe(hashOpaqueToken('presented-token'));
      expect(rotation.nextTokenHash).toBe(hashOpaqueToken(pair.refreshToken));
      expect(rotation.expiresAt.getTime() - rotation.at.getTime()).toBe(3_600_000);
      expect(rotation.at.getTime() - rotation.pruneUsedBefore.getTime()).toBe(3_600_000);
      expect(pair.refreshToken).not.toBe('presented-token');
      const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1]!, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      expect(claims).toMatchObject({ sub: 'user-1', sid: 'session-1', role: 'admin' });
      expect(transactions.run).not.toHaveBeenCalled();
      expect(users.getAuthUserById).not.toHaveBeenCalled();
    });

    it('ends a session rotated in one statement whose user is gone', async () => {
      const { service, repo, liveness } = setup();
      repo.rotateIfLive.mockResolvedValue({ sessionId: 'session-1', userId: 'user-1', role: null });

      const problem = await problemOf(service.refresh('token', client));

      expect(problem.problemType).toBe(AuthProblems.InvalidToken);
      expect(repo.revoke).toHaveBeenCalledWith({ id: 'session-1' }, 'user-deleted', expect.any(Date), TX);
      expect(liveness.revoked).toHaveBeenCalledWith(['session-1']);
    });

    it('rotates: marks the token used, stores a new one, extends the session, signs with the current role', async () => {
      const { service, repo, users, liveness } = setup();
      users.getAuthUserById.mockResolvedValue({ ...user, role: 'admin' });

      const pair = await service.refresh('presented-token', client);

      expect(repo.getRefreshTokenForUpdate).toHaveBeenCalledWith(hashOpaqueToken('presented-token'), TX);
      expect(repo.getForUpdate).toHaveBeenCalledWith('session-1', TX);
      expect(repo.markRefreshTokenUsed).toHaveBeenCalledWith('rt-1', expect.any(Date), TX);
      expect(repo.addRefreshToken).toHaveBeenCalledWith('session-1', hashOpaqueToken(pair.refreshToken), TX);
      expect(repo.extend).toHaveBeenCalledWith('session-1', expect.any(Date), expect.any(Date), TX);
      expect(pair.refreshToken).not.toBe('presented-token');
      expect(pair.tokenType).toBe('Bearer');
      const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1]!, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      expect(claims).toMatchObject({ sub: 'user-1', sid: 'session-1', role: 'admin' });
      expect(repo.revoke).not.toHaveBeenCalled();
      expect(liveness.revoked).not.toHaveBeenCalled();
    });

    it('treats a used token as theft: revokes the session, evicts it, audits, and answers 401', async () => {
      const { service, repo, liveness, audit } = setup();
      repo.getRefreshTokenForUpdate.mockResolvedValue(refreshToken({ usedAt: new Date(Date.now() - 1_000) }));

      const problem = await problemOf(service.refresh('stolen', client));

      expect(problem.getStatus()).toBe(401);
      expect(problem.problemType).toBe(AuthProblems.RefreshTokenReused);
      expect(repo.revoke).toHaveBeenCalledWith({ id: 'session-1' }, 'refresh-token-reuse', expect.any(Date), TX);
      expect(liveness.revoked).toHaveBeenCalledWith(['session-1']);
      expect(audit.warn).toHaveBeenCalledWith(
        'auth.refresh.reuse-detected',
        expect.objectContaining({ userId: 'user-1', sessionId: 'session-1', ip: '203.0.113.7' }),
      );
      expect(repo.markRefreshTokenUsed).not.toHaveBeenCalled();
      expect(repo.addRefreshToken).not.toHaveBeenCalled();
    });

    it('evicts only after the transaction committed', async () => {
      const { service, repo, liveness, transactions } = setup();
      repo.getRefreshTokenForUpdate.mockResolvedValue(refreshToken({ usedAt: new Date(Date.now() - 60_000) }));
      const order: string[] = [];
      repo.revoke.mockImplementation(() => {
        order.push('revoke in transaction');
        return Promise.resolve([{ id: 'session-1', userId: 'user-1' }]);
      });
      liveness.revoked.mockImplementation(() => {
        order.push('evict');
        return Promise.resolve();
      });

      await problemOf(service.refresh('stolen', client));
      expect(order).toEqual(['revoke in transaction', 'evict']);
      expect(transactions.afterCommit).toHaveBeenCalledWith(TX, expect.any(Function));
    });

    it('answers a repeat within the grace window with the live successor, ending nothing', async () => {
      const { service, repo, liveness, audit } = setup();
      const first = await service.refresh('presented-token', client);
      repo.getRefreshTokenForUpdate.mockResolvedValue(refreshToken({ usedAt: new Date(Date.now() - 2_000) }));
      repo.getRefreshToken.mockResolvedValue(refreshToken({ id: 'rt-2', usedAt: null }));
      repo.addRefreshToken.mockClear();

      const repeat = await service.refresh('presented-token', client);

      expect(repeat.refreshToken).toBe(first.refreshToken);
      expect(repo.getRefreshToken).toHaveBeenCalledWith(hashOpaqueToken(first.refreshToken), TX);
      expect(repo.addRefreshToken).not.toHaveBeenCalled();
      expect(repo.revoke).not.toHaveBeenCalled();
      expect(liveness.revoked).not.toHaveBeenCalled();
      expect(audit.record).toHaveBeenCalledWith(
        'auth.refresh.repeated',
        expect.objectContaining({ sessionId: 'session-1' }),
      );
    });

    it('treats a repeat after the grace window as theft', async () => {
      const { service, repo } = setup();
      const graceMs = config.jwt.refreshReuseGraceSeconds * 1_000;
      repo.getRefreshTokenForUpdate.mockResolvedValue(refreshToken({ usedAt: new Date(Date.now() - graceMs - 1_000) }));
      repo.getRefreshToken.mockResolvedValue(refreshToken({ id: 'rt-2', usedAt: null }));

      const problem = await problemOf(service.refresh('presented-token', client));

      expect(problem.problemType).toBe(AuthProblems.RefreshTokenReused);
      expect(repo.getRefreshToken).not.toHaveBeenCalled();
    });

    it('answers 401 for an unknown token without touching anything', async () => {
      const { service, repo, liveness } = setup();
      repo.getRefreshTokenForUpdate.mockResolvedValue(null);

      const problem = await problemOf(service.refresh('unknown', client));

      expect(problem.getStatus()).toBe(401);
      expect(problem.problemType).toBe(AuthProblems.InvalidToken);
      expect(repo.revoke).not.toHaveBeenCalled();
      expect(liveness.revoked).not.toHaveBeenCalled();
    });

    it.each([
      ['revoked', { revokedAt: new Date() }],
      ['expired', { expiresAt: new Date(Date.now() - 1) }],
    ])('answers 401 for an unused token of a %s session, without rotating', async (_label, overrides) => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(session(overrides));

      const problem = await problemOf(service.refresh('token', client));

      expect(problem.problemType).toBe(AuthProblems.InvalidToken);
      expect(repo.markRefreshTokenUsed).not.toHaveBeenCalled();
      expect(repo.addRefreshToken).not.toHaveBeenCalled();
    });

    it('ends the session when its user was deleted meanwhile', async () => {
      const { service, repo, users, liveness } = setup();
      users.getAuthUserById.mockResolvedValue(null);

      const problem = await problemOf(service.refresh('token', client));

      expect(problem.getStatus()).toBe(401);
      expect(repo.revoke).toHaveBeenCalledWith({ id: 'session-1' }, 'user-deleted', expect.any(Date), TX);
      expect(liveness.revoked).toHaveBeenCalledWith(['session-1']);
    });

    it('gives two concurrent uses of a token the same successor; the session lives on', async () => {
      const { service, repo, transactions } = setup();
      // The row lock serialises the two transactions: model it with a queue over one shared row.
      const row = refreshToken();
      const successor = refreshToken({ id: 'rt-2' });
      let queue = Promise.resolve();
      const serial = transactions.run.getMockImplementation()!;
      transactions.run.mockImplementation((work) => {
        const result = queue.then(() => serial(work));
        queue = result.then(
          () => undefined,
          () => undefined,
        );
        return result;
      });
      repo.getRefreshTokenForUpdate.mockImplementation(() => Promise.resolve(refreshToken({ usedAt: row.usedAt })));
      repo.getRefreshToken.mockImplementation(() => Promise.resolve(successor));
      repo.markRefreshTokenUsed.mockImplementation(() => {
        row.usedAt = new Date();
        return Promise.resolve();
      });

      const [a, b] = await Promise.all([service.refresh('same', client), service.refresh('same', client)]);

      expect(a.refreshToken).toBe(b.refreshToken);
      expect(repo.addRefreshToken).toHaveBeenCalledTimes(1);
      expect(repo.revoke).not.toHaveBeenCalled();
    });
  });

  describe('ending sessions', () => {
    it("ends one of the caller's own sessions, and 404s for anyone else's", async () => {
      const { service, repo, liveness } = setup();
      const me = { userId: 'user-1', sessionId: 'session-1', role: 'user' as const };

      await service.revokeOwn(me, 'session-2', client);
      expect(repo.revoke).toHaveBeenCalledWith(
        { id: 'session-2', userId: 'user-1' },
        'revoked-by-user',
        expect.any(Date),
        TX,
      );
      expect(liveness.revoked).toHaveBeenCalledWith(['session-1']);

      repo.revoke.mockResolvedValue([]);
      const problem = await problemOf(service.revokeOwn(me, 'someone-elses', client));
      expect(problem.getStatus()).toBe(404);
    });

    it('ends all sessions of a user but the one kept, and evicts each', async () => {
      const { service, repo, liveness } = setup();
      repo.revoke.mockResolvedValue([
        { id: 'a', userId: 'user-1' },
        { id: 'b', userId: 'user-1' },
      ]);

      await expect(service.revokeAllForUser('user-1', 'password-changed', { exceptSessionId: 'keep' })).resolves.toBe(
        2,
      );
      expect(repo.revoke).toHaveBeenCalledWith(
        { userId: 'user-1', exceptId: 'keep' },
        'password-changed',
        expect.any(Date),
        TX,
      );
      expect(liveness.revoked).toHaveBeenCalledWith(['a', 'b']);
    });

    it('lists open sessions and flags the current one', async () => {
      const { service, repo } = setup();
      repo.listLive.mockResolvedValue([session({ id: 'session-1' }), session({ id: 'session-2', ip: '198.51.100.1' })]);

      const list = await service.list({ userId: 'user-1', sessionId: 'session-2', role: 'user' });

      expect(repo.listLive).toHaveBeenCalledWith('user-1', expect.any(Date), 100);
      expect(list.items.map((s) => [s.id, s.current])).toEqual([
        ['session-1', false],
        ['session-2', true],
      ]);
      expect(list.items[1]).toEqual({
        id: 'session-2',
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
        expiresAt: expect.any(String),
        userAgent: null,
        ip: '198.51.100.1',
        current: true,
      });
    });
  });
});
