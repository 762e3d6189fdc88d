import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { Principal } from '@groundwork/access';
import type { Transaction, TransactionRunner } from '@groundwork/database';
import { ProblemException, ValidationProblemException } from '@groundwork/http';
import type { PasswordHasher } from './password-hasher.js';
import type { AuthUser } from './auth-user.js';
import type { UserListQueryDto } from './user.dto.js';
import { UserEntity } from './user.entity.js';
import { UserEvents } from './user.events.js';
import type { NewUser, UserListFilter, UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

type AnyFunction = (...args: never[]) => unknown;

/** A mock that fails the test when called without an implementation set for that test. */
function strict<F extends AnyFunction>(name: string) {
  return jest.fn<F>((() => {
    throw new Error(`unexpected call: ${name}`);
  }) as unknown as F);
}

// The transaction runner hands this to the work; the repository must receive it unchanged.
const TX = { fake: 'tx' } as unknown as Transaction;
const STRONG = 'correct-horse-battery-staple';
const COMMON = 'password1';
const admin: Principal = { userId: 'admin-1', sessionId: 'session-1', role: 'admin' };
const self: Principal = { userId: 'user-1', sessionId: 'session-2', role: 'user' };

function user(overrides: Partial<UserEntity> = {}): UserEntity {
  return Object.assign(new UserEntity(), {
    id: 'user-1',
    email: 'ada@example.com',
    name: 'Ada',
    role: 'user',
    passwordHash: '$argon2id$old',
    emailVerifiedAt: null,
    createdAt: new Date('2026-01-01T00:00:00.000Z'),
    updatedAt: new Date('2026-01-02T00:00:00.000Z'),
    deletedAt: null,
    ...overrides,
  });
}

const AUTH_USER: AuthUser = {
  id: 'user-1',
  email: 'ada@example.com',
  name: 'Ada',
  role: 'user',
  passwordHash: '$argon2id$old',
  emailVerified: false,
};

const duplicateKey = (): Error =>
  Object.assign(new Error('duplicate key value violates unique constraint "UQ_users_email"'), { code: '23505' });

function setup() {
  const repo = {
    get: strict<UsersRepository['get']>('users.get'),
    getByEmail: strict<UsersRepository['getByEmail']>('users.getByEmail'),
    getList: strict<UsersRepository['getList']>('users.getList'),
    create: strict<UsersRepository['create']>('users.create'),
    update: strict<UsersRepository['update']>('users.update'),
    getForUpdate: strict<UsersRepository['getForUpdate']>('users.getForUpdate'),
    insertMany: strict<UsersRepository['insertMany']>('users.insertMany'),
    softDelete: strict<UsersRepository['softDelete']>('users.softDelete'),
    restore: strict<UsersRepository['restore']>('users.restore'),
  };
  const hasher = {
    hash: strict<PasswordHasher['hash']>('hasher.hash'),
    needsRehash: strict<PasswordHasher['needsRehash']>('hasher.needsRehash'),
  };
  const transactions = {
    run: jest.fn((work: (tx: Transaction) => Promise<unknown>) => work(TX)),
  };
  const events = { emitAsync: strict<EventEmitter2['emitAsync']>('events.emitAsync') };
  const service = new UsersService(
    repo as unknown as UsersRepository,
    hasher as unknown as PasswordHasher,
    transactions as unknown as TransactionRunner,
    events as unknown as EventEmitter2,
  );
  return { service, repo, hasher, transactions, events };
}

/** The rejection of a promise that must fail, as the ProblemException the API would answer with. */
async function problem(promise: Promise<unknown>): Promise<ProblemException> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemException);
  return error as ProblemException;
}

describe(UsersService.name, () => {
  beforeAll(() => {
    // The role-change and rehash log lines are not under test.
    Logger.overrideLogger(false);
  });

  describe('register', () => {
    it('stores a trimmed, lower-cased email with the hash and answers with the public view', async () => {
      const { service, repo, hasher } = setup();
      repo.getByEmail.mockResolvedValue(null);
      hasher.hash.mockResolvedValue('$argon2id$new');
      repo.create.mockImplementation((u) => Promise.resolve(user({ ...u, id: 'user-9' })));

      const created = await service.register({ email: '  Ada@Example.COM ', password: STRONG, name: 'Ada' });

      expect(repo.getByEmail).toHaveBeenCalledWith('ada@example.com', { withDeleted: true });
      expect(hasher.hash).toHaveBeenCalledWith(STRONG);
      expect(repo.create).toHaveBeenCalledWith({
        email: 'ada@example.com',
        name: 'Ada',
        role: 'user',
        passwordHash: '$argon2id$new',
      });
      expect(created).toEqual({
        id: 'user-9',
        email: 'ada@example.com',
        name: 'Ada',
        role: 'user',
        emailVerified: false,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
      });
      expect(created).not.toHaveProperty('passwordHash');
    });

    it.each([
      ['a common password', COMMON, /most common/],
      ['the email as password (any case)', 'Ada@Example.com', /email/],
    ])('refuses %s with a 400 before touching the database', async (_label, password, message) => {
      const { service, repo, hasher } = setup();

      const error = await problem(service.register({ email: 'ADA@example.com ', password, name: 'Ada' }));

      expect(error).toBeInstanceOf(ValidationProblemException);
      expect(error.getStatus()).toBe(400);
      expect(error.fieldErrors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
      expect(repo.getByEmail).not.toHaveBeenCalled();
      expect(hasher.hash).not.toHaveBeenCalled();
    });

    it('refuses an email already taken (deleted users included) with a 409, without hashing', async () => {
      const { service, repo, hasher } = setup();
      repo.getByEmail.mockResolvedValue(user({ deletedAt: new Date() }));

      const error = await problem(service.register({ email: 'Ada@example.com', password: STRONG, name: 'Ada' }));

      expect(error.getStatus()).toBe(409);
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(repo.create).not.toHaveBeenCalled();
    });

    it('turns a unique violation (23505) from a concurrent sign-up into a 409', async () => {
      const { service, repo, hasher } = setup();
      repo.getByEmail.mockResolvedValue(null);
      hasher.hash.mockResolvedValue('$argon2id$new');
      repo.create.mockRejectedValue(duplicateKey());

      const error = await problem(service.register({ email: 'ada@example.com', password: STRONG, name: 'Ada' }));

      expect(error.getStatus()).toBe(409);
      expect(error.message).toBe('A user with this email already exists');
    });

    it('lets other database errors through unchanged', async () => {
      const { service, repo, hasher } = setup();
      repo.getByEmail.mockResolvedValue(null);
      hasher.hash.mockResolvedValue('$argon2id$new');
      const outage = Object.assign(new Error('connection terminated'), { code: '57P01' });
      repo.create.mockRejectedValue(outage);

      await expect(service.register({ email: 'ada@example.com', password: STRONG, name: 'Ada' })).rejects.toBe(outage);
    });
  });

  describe('self-service', () => {
    it('getMe answers 404 when the principal no longer exists', async () => {
      const { service, repo } = setup();
      repo.get.mockResolvedValue(null);

      const error = await problem(service.getMe(self));

      expect(error.getStatus()).toBe(404);
      expect(repo.get).toHaveBeenCalledWith('user-1');
    });

    it('updateMe passes only the name, whatever else the body smuggled in', async () => {
      const { service, repo } = setup();
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ name: 'Ada L.' }));
      // Validation strips unknown keys; the service must not rely on it.
      const body = { name: 'Ada L.', role: 'admin', email: 'evil@example.com', passwordHash: 'x' };

      const me = await service.updateMe(self, body);

      expect(repo.update).toHaveBeenCalledTimes(1);
      const [id, patch] = repo.update.mock.calls[0]!;
      expect(id).toBe('user-1');
      // toHaveBeenCalledWith would ignore keys set to undefined; the patch must hold the name alone.
      expect(Object.keys(patch)).toEqual(['name']);
      expect(patch).toEqual({ name: 'Ada L.' });
      expect(me.name).toBe('Ada L.');
    });
  });

  describe('update (admin)', () => {
    it('changes the role inside the transaction and emits RoleChanged after it', async () => {
      const { service, repo, transactions, events } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'user' }));
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));
      events.emitAsync.mockResolvedValue([]);

      const updated = await service.update('user-1', { role: 'admin' }, admin);

      expect(transactions.run).toHaveBeenCalledTimes(1);
      expect(repo.getForUpdate).toHaveBeenCalledWith('user-1', TX);
      expect(repo.update).toHaveBeenCalledWith('user-1', { name: undefined, role: 'admin', email: undefined }, TX);
      expect(events.emitAsync).toHaveBeenCalledTimes(1);
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.RoleChanged, {
        userId: 'user-1',
        from: 'user',
        to: 'admin',
        by: 'admin-1',
      });
      expect(updated.role).toBe('admin');
    });

    it.each([
      ['the same role', { role: 'user' as const }],
      ['no role at all', { name: 'Ada L.' }],
    ])('emits nothing for %s', async (_label, dto) => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'user' }));
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user());

      await service.update('user-1', dto, admin);

      expect(repo.update).toHaveBeenCalledTimes(1);
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('answers 404 for an unknown (or deleted) id', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(null);

      const error = await problem(service.update('nobody', { role: 'admin' }, admin));

      expect(error.getStatus()).toBe(404);
      expect(repo.update).not.toHaveBeenCalled();
    });

    it('refuses an email taken by another user (409) and writes nothing', async () => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.getByEmail.mockResolvedValue(user({ id: 'user-2', email: 'grace@example.com' }));

      const error = await problem(service.update('user-1', { email: 'grace@example.com', role: 'admin' }, admin));

      expect(error.getStatus()).toBe(409);
      expect(repo.getByEmail).toHaveBeenCalledWith('grace@example.com', { withDeleted: true });
      expect(repo.update).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('does not look the email up when it is the user’s own', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user());

      await service.update('user-1', { email: 'ada@example.com' }, admin);

      expect(repo.getByEmail).not.toHaveBeenCalled();
    });

    it('turns a unique violation on the write (a race for the email) into a 409', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.getByEmail.mockResolvedValue(null);
      repo.update.mockRejectedValue(duplicateKey());

      const error = await problem(service.update('user-1', { email: 'grace@example.com' }, admin));

      expect(error.getStatus()).toBe(409);
    });
  });

  describe('delete', () => {
    it('soft-deletes, and does not answer before the Deleted listeners have finished', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValue(user());
      repo.softDelete.mockResolvedValue();
      let finishListeners: (value: unknown[]) => void = () => undefined;
      events.emitAsync.mockReturnValue(new Promise((resolve) => (finishListeners = resolve)));

      let settled = false;
      const deleting = service.delete('user-1').then(() => (settled = true));
      await new Promise((resolve) => setImmediate(resolve));

      expect(repo.softDelete).toHaveBeenCalledWith('user-1');
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.Deleted, { userId: 'user-1' });
      expect(settled).toBe(false);
      finishListeners([]);
      await deleting;
      expect(settled).toBe(true);
    });

    it('fails when a Deleted listener fails (sessions must end before the 204)', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValue(user());
      repo.softDelete.mockResolvedValue();
      events.emitAsync.mockRejectedValue(new Error('revocation failed'));

      await expect(service.delete('user-1')).rejects.toThrow('revocation failed');
    });

    it('answers 404 for an unknown id and deletes nothing', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValue(null);

      const error = await problem(service.delete('nobody'));

      expect(error.getStatus()).toBe(404);
      expect(repo.softDelete).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('deleteMe deletes the principal', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValue(user());
      repo.softDelete.mockResolvedValue();
      events.emitAsync.mockResolvedValue([]);

      await service.deleteMe(self);

      expect(repo.softDelete).toHaveBeenCalledWith('user-1');
    });
  });

  describe('restore', () => {
    it('restores a deleted user and emits Restored', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValueOnce(user({ deletedAt: new Date() })).mockResolvedValueOnce(user());
      repo.restore.mockResolvedValue();
      events.emitAsync.mockResolvedValue([]);

      const restored = await service.restore('user-1');

      expect(repo.get).toHaveBeenNthCalledWith(1, 'user-1', { withDeleted: true });
      expect(repo.restore).toHaveBeenCalledWith('user-1');
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.Restored, { userId: 'user-1' });
      expect(restored.id).toBe('user-1');
    });

    it('leaves a live user alone: no write, no event', async () => {
      const { service, repo, events } = setup();
      repo.get.mockResolvedValue(user());

      await service.restore('user-1');

      expect(repo.restore).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('answers 404 for an id that never existed', async () => {
      const { service, repo } = setup();
      repo.get.mockResolvedValue(null);

      expect((await problem(service.restore('nobody'))).getStatus()).toBe(404);
    });
  });

  describe('ensureAdmin (create-admin)', () => {
    it('creates an admin named after the email’s local part', async () => {
      const { service, repo, hasher, events } = setup();
      repo.getByEmail.mockResolvedValue(null);
      hasher.hash.mockResolvedValue('$argon2id$new');
      repo.create.mockImplementation((u) => Promise.resolve(user({ ...u, id: 'admin-9' })));

      const { user: created, outcome } = await service.ensureAdmin(' Root@Example.com', STRONG);

      expect(outcome).toBe('created');
      expect(repo.getByEmail).toHaveBeenCalledWith('root@example.com', { withDeleted: true });
      expect(repo.create).toHaveBeenCalledWith(
        expect.objectContaining({ email: 'root@example.com', role: 'admin', passwordHash: '$argon2id$new' }),
      );
      expect(created).toMatchObject({ id: 'admin-9', role: 'admin' });
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('applies the password policy to a new admin', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(null);

      expect((await problem(service.ensureAdmin('root@example.com', COMMON))).getStatus()).toBe(400);
      expect(repo.create).not.toHaveBeenCalled();
    });

    it('promotes an existing user, emitting RoleChanged by the CLI, and leaves the password alone', async () => {
      const { service, repo, hasher, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'user' }));
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));
      events.emitAsync.mockResolvedValue([]);

      const { user: promoted, outcome } = await service.ensureAdmin('ada@example.com', STRONG);

      expect(outcome).toBe('promoted');
      expect(repo.update).toHaveBeenCalledWith('user-1', { role: 'admin' });
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.RoleChanged, {
        userId: 'user-1',
        from: 'user',
        to: 'admin',
        by: 'cli',
      });
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(promoted.role).toBe('admin');
    });

    it('restores a deleted admin and reports it as promoted', async () => {
      const { service, repo, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'admin', deletedAt: new Date() }));
      repo.restore.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));

      const { outcome } = await service.ensureAdmin('ada@example.com', STRONG);

      expect(outcome).toBe('promoted');
      expect(repo.restore).toHaveBeenCalledWith('user-1');
      expect(repo.update).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('reports an existing live admin as unchanged and writes nothing', async () => {
      const { service, repo, hasher, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'admin' }));
      repo.get.mockResolvedValue(user({ role: 'admin' }));

      const { outcome } = await service.ensureAdmin('ADA@example.com', STRONG);

      expect(outcome).toBe('unchanged');
      expect(repo.update).not.toHaveBeenCalled();
      expect(repo.restore).not.toHaveBeenCalled();
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });
  });

  describe('passwords', () => {
    it('setPassword stores the new hash and emits PasswordChanged', async () => {
      const { service, repo, hasher, events } = setup();
      repo.get.mockResolvedValue(user());
      hasher.hash.mockResolvedValue('$argon2id$new');
      repo.update.mockResolvedValue();
      events.emitAsync.mockResolvedValue([]);

      await service.setPassword('user-1', STRONG);

      expect(hasher.hash).toHaveBeenCalledWith(STRONG);
      expect(repo.update).toHaveBeenCalledWith('user-1', { passwordHash: '$argon2id$new' });
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.PasswordChanged, { userId: 'user-1' });
    });

    it.each([
      ['a common password', COMMON],
      ['the user’s own email', 'ADA@example.com'],
      ['a too short password', 'short'],
    ])('setPassword refuses %s with a 400 and changes nothing', async (_label, password) => {
      const { service, repo, hasher, events } = setup();
      repo.get.mockResolvedValue(user());

      const error = await problem(service.setPassword('user-1', password));

      expect(error).toBeInstanceOf(ValidationProblemException);
      expect(error.getStatus()).toBe(400);
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(repo.update).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('setPassword answers 404 for an unknown user', async () => {
      const { service, repo } = setup();
      repo.get.mockResolvedValue(null);

      expect((await problem(service.setPassword('nobody', STRONG))).getStatus()).toBe(404);
    });

    it('rehashIfNeeded leaves a current hash alone', async () => {
      const { service, hasher, repo } = setup();
      hasher.needsRehash.mockReturnValue(false);
      await service.rehashIfNeeded(AUTH_USER, STRONG);

      expect(hasher.needsRehash).toHaveBeenCalledWith('$argon2id$old');
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(repo.update).not.toHaveBeenCalled();
    });

    it('rehashIfNeeded re-hashes the proven password when the parameters changed', async () => {
      const { service, hasher, repo } = setup();
      hasher.needsRehash.mockReturnValue(true);
      hasher.hash.mockResolvedValue('$argon2id$stronger');
      repo.update.mockResolvedValue();
      await service.rehashIfNeeded(AUTH_USER, STRONG);

      expect(hasher.hash).toHaveBeenCalledWith(STRONG);
      expect(repo.update).toHaveBeenCalledWith('user-1', { passwordHash: '$argon2id$stronger' });
    });
  });

  describe('getList', () => {
    const query = (overrides: Partial<UserListQueryDto>): UserListQueryDto => ({
      page: 1,
      limit: 20,
      sort: '-createdAt',
      ...overrides,
    });

    it('maps "-createdAt" to DESC, deleted "true" to true, and pages the result', async () => {
      const { service, repo } = setup();
      repo.getList.mockResolvedValue([[user()], 21]);

      const page = await service.getList(
        query({ page: 2, limit: 10, sort: '-createdAt', deleted: 'true', role: 'user', q: 'ad', email: 'a@b.c' }),
      );

      expect(repo.getList).toHaveBeenCalledWith({
        page: 2,
        limit: 10,
        sort: { field: 'createdAt', direction: 'DESC' },
        email: 'a@b.c',
        role: 'user',
        q: 'ad',
        deleted: true,
      } satisfies UserListFilter);
      expect(page).toMatchObject({ page: 2, limit: 10, total: 21, hasNextPage: true });
      expect(page.items).toEqual([expect.objectContaining({ id: 'user-1', email: 'ada@example.com' })]);
      expect(page.items[0]).not.toHaveProperty('passwordHash');
    });

    it.each([
      { sort: 'email', expected: { field: 'email', direction: 'ASC' }, deleted: undefined, onlyDeleted: false },
      { sort: '-name', expected: { field: 'name', direction: 'DESC' }, deleted: 'false', onlyDeleted: false },
      { sort: 'role', expected: { field: 'role', direction: 'ASC' }, deleted: 'true', onlyDeleted: true },
    ])('maps sort "$sort" to $expected.direction and deleted $deleted to $onlyDeleted', async (c) => {
      const { service, repo } = setup();
      repo.getList.mockResolvedValue([[], 0]);

      const page = await service.getList(query({ sort: c.sort, deleted: c.deleted }));

      expect(repo.getList).toHaveBeenCalledWith(expect.objectContaining({ sort: c.expected, deleted: c.onlyDeleted }));
      expect(page).toEqual({ items: [], page: 1, limit: 20, total: 0, hasNextPage: false });
    });
  });

  describe('seed', () => {
    it('hashes once, inserts 1,201 users in batches of 500 and reports progress after each', async () => {
      const { service, repo, hasher } = setup();
      hasher.hash.mockResolvedValue('$argon2id$shared');
      const batches: NewUser[][] = [];
      repo.insertMany.mockImplementation((batch) => {
        batches.push(batch);
        // One existing email skipped per batch: the count comes from the repository.
        return Promise.resolve(batch.length - 1);
      });
      const makeUser = jest.fn((index: number) => ({ email: ` User.${index}@Example.COM`, name: `User ${index}` }));
      const onProgress = jest.fn<(done: number) => void>();

      const inserted = await service.seed(1_201, STRONG, makeUser, onProgress);

      expect(hasher.hash).toHaveBeenCalledTimes(1);
      expect(hasher.hash).toHaveBeenCalledWith(STRONG);
      expect(repo.insertMany).toHaveBeenCalledTimes(3);
      expect(batches.map((batch) => batch.length)).toEqual([500, 500, 201]);
      expect(onProgress.mock.calls).toEqual([[500], [1_000], [1_201]]);
      expect(makeUser.mock.calls.map(([index]) => index)).toEqual(Array.from({ length: 1_201 }, (_, i) => i));
      expect(inserted).toBe(1_198);
      const all = batches.flat();
      expect(new Set(all.map((u) => u.passwordHash))).toEqual(new Set(['$argon2id$shared']));
      expect(all.every((u) => u.role === 'user' && u.emailVerifiedAt instanceof Date)).toBe(true);
      expect(all[1_200]).toMatchObject({ email: 'user.1200@example.com', name: 'User 1200' });
    });

    it('refuses a weak shared password before hashing or inserting', async () => {
      const { service, repo, hasher } = setup();
      const onProgress = jest.fn<(done: number) => void>();

      const error = await problem(service.seed(10, COMMON, (i) => ({ email: `u${i}@x.io`, name: 'U' }), onProgress));

      expect(error.getStatus()).toBe(400);
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(repo.insertMany).not.toHaveBeenCalled();
      expect(onProgress).not.toHaveBeenCalled();
    });
  });

  describe('for the auth lib', () => {
    it('looks users up by normalised email and exposes the hash to auth only', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(user({ emailVerifiedAt: new Date() }));

      const found = await service.getAuthUserByEmail(' ADA@example.com');

      expect(repo.getByEmail).toHaveBeenCalledWith('ada@example.com');
      expect(found).toEqual({
        id: 'user-1',
        email: 'ada@example.com',
        name: 'Ada',
        role: 'user',
        passwordHash: '$argon2id$old',
        emailVerified: true,
      });
    });

    it('answers null for unknown emails and ids', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(null);
      repo.get.mockResolvedValue(null);

      expect(await service.getAuthUserByEmail('nobody@example.com')).toBeNull();
      expect(await service.getAuthUserById('nobody')).toBeNull();
    });
  });
});
