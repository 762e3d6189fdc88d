import { jest } from '@jest/globals';
import type { TransactionRunner } from '@groundwork/database';
import { ProblemException } from '@groundwork/http';
import { AuthProblems } from '../auth.errors.js';
import { hashOpaqueToken } from '../tokens/opaque-token.js';
import type { OneTimeTokensRepository } from './one-time-tokens.repository.js';
import { OneTimeTokensService } from './one-time-tokens.service.js';

const TX = { tx: true };

function setup() {
  const repo = {
    deleteUnused: jest.fn((): Promise<void> => Promise.resolve()),
    create: jest.fn((): Promise<void> => Promise.resolve()),
    consume: jest.fn((): Promise<{ id: string; userId: string } | null> =>
      Promise.resolve({ id: 't1', userId: 'user-1' }),
    ),
    findUsable: jest.fn((): Promise<string | null> => Promise.resolve('user-1')),
  };
  const transactions = {
    run: jest.fn((work: (tx: unknown) => Promise<unknown>) => work(TX)),
    join: jest.fn((tx: unknown, work: (tx: unknown) => Promise<unknown>) => work(tx ?? TX)),
  };
  const service = new OneTimeTokensService(
    repo as unknown as OneTimeTokensRepository,
    transactions as unknown as TransactionRunner,
  );
  return { service, repo, transactions };
}

describe(OneTimeTokensService.name, () => {
  it('issues a random token, keeps only its hash, and retires earlier unused ones', async () => {
    const { service, repo } = setup();
    const before = Date.now();

    const token = await service.issue('user-1', 'password-reset', 1800);

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(repo.deleteUnused).toHaveBeenCalledWith('user-1', 'password-reset', TX);
    const created = repo.create.mock.calls[0] as unknown as [{ tokenHash: string; expiresAt: Date }, unknown];
    expect(created[0]).toMatchObject({
      userId: 'user-1',
      purpose: 'password-reset',
      tokenHash: hashOpaqueToken(token),
    });
    expect(created[0].expiresAt.getTime()).toBeGreaterThanOrEqual(before + 1_800_000);
    expect(created[1]).toBe(TX);
  });

  it('uses a token up and acts in one transaction, answering with the user and the result', async () => {
    const { service, repo, transactions } = setup();
    const action = jest.fn((): Promise<number> => Promise.resolve(2));

    await expect(service.consume('email-verify', 'tok', action)).resolves.toEqual({ userId: 'user-1', result: 2 });
    expect(transactions.run).toHaveBeenCalledTimes(1);
    expect(repo.consume).toHaveBeenCalledWith(hashOpaqueToken('tok'), 'email-verify', expect.any(Date), TX);
    expect(action).toHaveBeenCalledWith('user-1', TX);
  });

  it('a failing action fails the transaction (which rolls the use back)', async () => {
    const { service } = setup();
    const refused = new ProblemException(400, 'weak password');
    await expect(service.consume('password-reset', 'tok', () => Promise.reject(refused))).rejects.toBe(refused);
  });

  it("reads a usable token's user without using it up", async () => {
    const { service, repo } = setup();
    await expect(service.userOf('password-reset', 'tok')).resolves.toBe('user-1');
    expect(repo.consume).not.toHaveBeenCalled();
    repo.findUsable.mockResolvedValue(null);
    await expect(service.userOf('password-reset', 'tok')).rejects.toBeInstanceOf(ProblemException);
  });

  it('answers 400 for an unknown, used or expired token without acting', async () => {
    const { service, repo } = setup();
    repo.consume.mockResolvedValue(null);
    const action = jest.fn((): Promise<void> => Promise.resolve());

    const error = await service.consume('password-reset', 'tok', action).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(400);
    expect((error as ProblemException).problemType).toBe(AuthProblems.InvalidLink);
    expect(action).not.toHaveBeenCalled();
  });
});
