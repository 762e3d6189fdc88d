import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { EventEmitter2 } from '@nestjs/event-emitter';
import type { Principal } from '@groundwork/access';
import type { AuditTrail } from '@groundwork/audit';
import type { Transaction, TransactionRunner } from '@groundwork/database';
import type { EventOutbox } from '@groundwork/jobs';
import { ProblemException, ValidationProblemException } from '@groundwork/http';
import type { PasswordHasher } from './password-hasher.js';
import type { AuthUser } from './auth-user.js';
import type { UserListQueryDto } from './user.dto.js';
import { UserEntity } from './user.entity.js';
import { UserEvents } from './user.events.js';
import type { NewUser, UserListFilter, UsersRepository } from './users.repository.js';
import { LAST_ADMIN_PROBLEM, UsersService } from './users.service.js';

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
    credentialsVersion: 0,
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
  credentialsVersion: 4,
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
    lockCredentials: strict<UsersRepository['lockCredentials']>('users.lockCredentials'),
    rehash: strict<UsersRepository['rehash']>('users.rehash'),
    replacePassword: strict<UsersRepository['replacePassword']>('users.replacePassword'),
    countActiveAdminsLocked: strict<UsersRepository['countActiveAdminsLocked']>('users.countActiveAdminsLocked'),
  };
  const hasher = {
    hash: strict<PasswordHasher['hash']>('hasher.hash'),
    needsRehash: strict<PasswordHasher['needsRehash']>('hasher.needsRehash'),
    verify: strict<PasswordHasher['verify']>('hasher.verify'),
  };
  const transactions = {
    run: jest.fn((work: (tx: Transaction) => Promise<unknown>) => work(TX)),
  };
  const events = { emitAsync: strict<EventEmitter2['emitAsync']>('events.emitAsync') };
  const audit = { record: jest.fn((): Promise<void> => Promise.resolve()) };
  const service = new UsersService(
    repo as unknown as UsersRepository,
    hasher as unknown as PasswordHasher,
    transactions as unknown as TransactionRunner,
    events as unknown as EventEmitter2,
    audit as unknown as AuditTrail,
    { publish: jest.fn(() => Promise.resolve()) } as unknown as EventOutbox,
  );
  return { service, repo, hasher, transactions, events, audit };
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

  describe('register (for auth)', () => {
    it('hashes a new password after the policy, before any transaction', async () => {
      const { service, hasher } = setup();
      hasher.hash.mockResolvedValue('$argon2id$new');

      expect(await service.hashNewPassword(STRONG, ' Ada@Example.COM')).toBe('$argon2id$new');
      expect(hasher.hash).toHaveBeenCalledWith(STRONG);
    });

    it.each([
      ['a common password', COMMON, /most common/],
      ['the email as password (any case)', 'Ada@Example.com', /email/],
    ])('refuses %s with a 400 before hashing', async (_label, password, message) => {
      const { service, hasher } = setup();

      const error = await problem(service.hashNewPassword(password, 'ADA@example.com '));

      expect(error).toBeInstanceOf(ValidationProblemException);
      expect(error.fieldErrors).toEqual([{ field: 'password', message: expect.stringMatching(message) }]);
      expect(hasher.hash).not.toHaveBeenCalled();
    });

    it('refuses an email already taken (deleted users included) with a 409', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(user({ deletedAt: new Date() }));

      const error = await problem(service.assertEmailFree('Ada@example.com'));

      expect(error.getStatus()).toBe(409);
      expect(repo.getByEmail).toHaveBeenCalledWith('ada@example.com', { withDeleted: true });
    });

    it('inserts in the caller’s transaction and answers with the public view', async () => {
      const { service, repo } = setup();
      repo.create.mockImplementation((u) => Promise.resolve(user({ ...u, id: 'user-9' })));

      const created = await service.register({ email: ' Ada@Example.COM', name: 'Ada', passwordHash: 'h' }, TX);

      expect(repo.create).toHaveBeenCalledWith(
        { email: 'ada@example.com', name: 'Ada', role: 'user', passwordHash: 'h' },
        TX,
      );
      expect(created).toEqual({
        id: 'user-9',
        email: 'ada@example.com',
        name: 'Ada',
        role: 'user',
        emailVerified: false,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        deletedAt: null,
      });
      expect(created).not.toHaveProperty('passwordHash');
    });

    it('turns a unique violation (23505) from a concurrent sign-up into a 409, and lets others through', async () => {
      const { service, repo } = setup();
      repo.create.mockRejectedValueOnce(duplicateKey());
      const duplicate = await problem(service.register({ email: 'a@b.c', name: 'A', passwordHash: 'h' }, TX));
      expect(duplicate.getStatus()).toBe(409);

      const outage = Object.assign(new Error('connection terminated'), { code: '57P01' });
      repo.create.mockRejectedValueOnce(outage);
      await expect(service.register({ email: 'a@b.c', name: 'A', passwordHash: 'h' }, TX)).rejects.toBe(outage);
    });
  });

  describe('self-service', () => {
    it('getMe answers 404 when the principal no longer exists', async () => {
      const { service, repo } = setup();
      repo.get.mockResolvedValue(null);

      const error = await problem(service.getMe(self));

      expect(error.getStatus()).toBe(404);
    });

    it('updateMe passes only the name, whatever else the body smuggled in', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ name: 'Ada L.' }));
      // Validation strips unknown keys; the service must not rely on it.
      const body = { name: 'Ada L.', role: 'admin', email: 'evil@example.com', passwordHash: 'x' };

      const me = await service.updateMe(self, body);

      expect(repo.update).toHaveBeenCalledTimes(1);
      const [id, patch] = repo.update.mock.calls[0]!;
      expect(id).toBe('user-1');
      expect(Object.entries(patch).filter(([, v]) => (v as unknown) !== undefined)).toEqual([['name', 'Ada L.']]);
      expect(me.name).toBe('Ada L.');
    });
  });

  describe('update (admin)', () => {
    it('changes the role, audits and emits RoleChanged, all inside the transaction', async () => {
      const { service, repo, transactions, events, audit } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'user' }));
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));
      events.emitAsync.mockResolvedValue([]);

      const updated = await service.update('user-1', { role: 'admin' }, admin);

      expect(transactions.run).toHaveBeenCalledTimes(1);
      expect(repo.getForUpdate).toHaveBeenCalledWith('user-1', TX);
      expect(repo.update).toHaveBeenCalledWith('user-1', { name: undefined, role: 'admin', email: undefined }, TX);
      expect(audit.record).toHaveBeenCalledWith(
        {
          action: 'user.updated',
          actorId: 'admin-1',
          target: { type: 'user', id: 'user-1' },
          changes: { role: { from: 'user', to: 'admin' } },
        },
        TX,
      );
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.RoleChanged, {
        userId: 'user-1',
        from: 'user',
        to: 'admin',
        by: 'admin-1',
        tx: TX,
      });
      expect(updated.role).toBe('admin');
    });

    it('a new email is unverified and emits EmailChanged with both addresses', async () => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(user({ emailVerifiedAt: new Date() }));
      repo.getByEmail.mockResolvedValue(null);
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ email: 'new@example.com' }));
      events.emitAsync.mockResolvedValue([]);

      await service.update('user-1', { email: 'new@example.com' }, admin);

      expect(repo.update).toHaveBeenCalledWith(
        'user-1',
        expect.objectContaining({ email: 'new@example.com', emailVerifiedAt: null }),
        TX,
      );
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.EmailChanged, {
        userId: 'user-1',
        name: 'Ada',
        from: 'ada@example.com',
        to: 'new@example.com',
        tx: TX,
      });
    });

    it.each([
      ['the same role', { role: 'user' as const }],
      ['the same name', { name: 'Ada' }],
    ])('writes and emits nothing for %s', async (_label, dto) => {
      const { service, repo, events, audit } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'user' }));
      repo.get.mockResolvedValue(user());

      await service.update('user-1', dto, admin);

      expect(repo.update).not.toHaveBeenCalled();
      expect(audit.record).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('refuses to demote the last active admin (409), counting under the lock', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'admin' }));
      repo.countActiveAdminsLocked.mockResolvedValue(1);

      const error = await problem(service.update('user-1', { role: 'user' }, admin));

      expect(error.getStatus()).toBe(409);
      expect(error.problemType).toBe(LAST_ADMIN_PROBLEM);
      expect(repo.countActiveAdminsLocked).toHaveBeenCalledWith(TX);
      expect(repo.update).not.toHaveBeenCalled();
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
      expect(repo.getByEmail).toHaveBeenCalledWith('grace@example.com', { withDeleted: true, tx: TX });
      expect(repo.update).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
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
    it('soft-deletes, audits and emits Deleted in one transaction', async () => {
      const { service, repo, events, audit } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.softDelete.mockResolvedValue();
      events.emitAsync.mockResolvedValue([]);

      await service.delete('user-1', admin);

      expect(repo.softDelete).toHaveBeenCalledWith('user-1', TX);
      expect(audit.record).toHaveBeenCalledWith(
        expect.objectContaining({ action: 'user.deleted', actorId: 'admin-1' }),
        TX,
      );
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.Deleted, { userId: 'user-1', tx: TX });
    });

    it('fails when a Deleted listener fails (the transaction rolls back)', async () => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.softDelete.mockResolvedValue();
      events.emitAsync.mockRejectedValue(new Error('revocation failed'));

      await expect(service.delete('user-1', admin)).rejects.toThrow('revocation failed');
    });

    it('refuses to delete the last active admin', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(user({ role: 'admin' }));
      repo.countActiveAdminsLocked.mockResolvedValue(1);

      expect((await problem(service.deleteMe(self))).getStatus()).toBe(409);
      expect(repo.softDelete).not.toHaveBeenCalled();
    });

    it('answers 404 for an unknown id and deletes nothing', async () => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(null);

      const error = await problem(service.delete('nobody', admin));

      expect(error.getStatus()).toBe(404);
      expect(repo.softDelete).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });
  });

  describe('restore', () => {
    it('restores a deleted user, audits and emits Restored', async () => {
      const { service, repo, events, audit } = setup();
      repo.getForUpdate.mockResolvedValue(user({ deletedAt: new Date() }));
      repo.get.mockResolvedValue(user());
      repo.restore.mockResolvedValue();
      events.emitAsync.mockResolvedValue([]);

      const restored = await service.restore('user-1', admin);

      expect(repo.getForUpdate).toHaveBeenCalledWith('user-1', TX, { withDeleted: true });
      expect(repo.restore).toHaveBeenCalledWith('user-1', TX);
      expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'user.restored' }), TX);
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.Restored, { userId: 'user-1', tx: TX });
      expect(restored.id).toBe('user-1');
    });

    it('leaves a live user alone: no write, no event', async () => {
      const { service, repo, events } = setup();
      repo.getForUpdate.mockResolvedValue(user());
      repo.get.mockResolvedValue(user());

      await service.restore('user-1', admin);

      expect(repo.restore).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('answers 404 for an id that never existed', async () => {
      const { service, repo } = setup();
      repo.getForUpdate.mockResolvedValue(null);

      expect((await problem(service.restore('nobody', admin))).getStatus()).toBe(404);
    });
  });

  describe('ensureAdmin (create-admin)', () => {
    it('creates an admin named after the email’s local part, audited with no actor', async () => {
      const { service, repo, hasher, events, audit } = setup();
      repo.getByEmail.mockResolvedValue(null);
      hasher.hash.mockResolvedValue('$argon2id$new');
      repo.create.mockImplementation((u) => Promise.resolve(user({ ...u, id: 'admin-9' })));

      const { user: created, outcome } = await service.ensureAdmin(' Root@Example.com', { password: STRONG });

      expect(outcome).toBe('created');
      expect(repo.create).toHaveBeenCalledWith(
        expect.objectContaining({
          email: 'root@example.com',
          name: 'Root',
          role: 'admin',
          passwordHash: '$argon2id$new',
        }),
        TX,
      );
      expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'user.created', actorId: null }), TX);
      expect(created).toMatchObject({ id: 'admin-9', role: 'admin' });
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('applies the password policy to a new admin', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(null);

      expect((await problem(service.ensureAdmin('root@example.com', { password: COMMON }))).getStatus()).toBe(400);
      expect(repo.create).not.toHaveBeenCalled();
    });

    it('refuses a new admin without a password', async () => {
      const { service, repo } = setup();
      repo.getByEmail.mockResolvedValue(null);

      expect((await problem(service.ensureAdmin('root@example.com', {}))).getStatus()).toBe(400);
      expect(repo.create).not.toHaveBeenCalled();
    });

    it('promotes an existing user, emitting RoleChanged by the CLI, and leaves the password alone', async () => {
      const { service, repo, hasher, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'user' }));
      repo.update.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));
      events.emitAsync.mockResolvedValue([]);

      const { user: promoted, outcome } = await service.ensureAdmin('ada@example.com', {});

      expect(outcome).toBe('promoted');
      expect(repo.update).toHaveBeenCalledWith('user-1', { role: 'admin' }, TX);
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.RoleChanged, {
        userId: 'user-1',
        from: 'user',
        to: 'admin',
        by: 'cli',
        tx: TX,
      });
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(promoted.role).toBe('admin');
    });

    it('restores a deleted admin and reports it as promoted', async () => {
      const { service, repo, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'admin', deletedAt: new Date() }));
      repo.restore.mockResolvedValue();
      repo.get.mockResolvedValue(user({ role: 'admin' }));

      const { outcome } = await service.ensureAdmin('ada@example.com', {});

      expect(outcome).toBe('promoted');
      expect(repo.restore).toHaveBeenCalledWith('user-1', TX);
      expect(repo.update).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });

    it('reports an existing live admin given its own password and name as unchanged and writes nothing', async () => {
      const { service, repo, hasher, events } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'admin' }));
      repo.get.mockResolvedValue(user({ role: 'admin' }));
      hasher.verify.mockResolvedValue(true);

      const { outcome } = await service.ensureAdmin('ADA@example.com', { password: STRONG, name: 'Ada' });

      expect(outcome).toBe('unchanged');
      expect(repo.update).not.toHaveBeenCalled();
      expect(repo.restore).not.toHaveBeenCalled();
      expect(hasher.hash).not.toHaveBeenCalled();
      expect(events.emitAsync).not.toHaveBeenCalled();
    });
    it("sets an existing admin's different password and name: audited without the password, sessions ended", async () => {
      const { service, repo, hasher, events, audit } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'admin' }));
      repo.get.mockResolvedValue(user({ role: 'admin', name: 'Ada L.' }));
      repo.update.mockResolvedValue();
      repo.replacePassword.mockResolvedValue(true);
      hasher.verify.mockResolvedValue(false);
      hasher.hash.mockResolvedValue('$argon2id$new');
      events.emitAsync.mockResolvedValue([]);

      const { outcome, changed } = await service.ensureAdmin('ada@example.com', { password: STRONG, name: 'Ada L.' });

      expect([outcome, changed]).toEqual(['updated', ['name', 'password']]);
      expect(hasher.verify).toHaveBeenCalledWith('$argon2id$old', STRONG);
      expect(repo.replacePassword).toHaveBeenCalledWith('user-1', '$argon2id$new', undefined, TX);
      expect(repo.update).toHaveBeenCalledWith('user-1', { name: 'Ada L.' }, TX);
      expect(audit.record).toHaveBeenCalledWith(
        {
          action: 'user.updated',
          actorId: null,
          target: { type: 'user', id: 'user-1' },
          changes: { name: { from: 'Ada', to: 'Ada L.' }, password: {} },
        },
        TX,
      );
      expect(events.emitAsync).toHaveBeenCalledWith(UserEvents.PasswordReplaced, {
        userId: 'user-1',
        by: 'cli',
        tx: TX,
      });
    });

    it("applies the password policy to an existing user's new password, before writing anything", async () => {
      const { service, repo, hasher } = setup();
      repo.getByEmail.mockResolvedValue(user({ role: 'user' }));
      hasher.verify.mockResolvedValue(false);

      expect((await problem(service.ensureAdmin('ada@example.com', { password: COMMON }))).getStatus()).toBe(400);
      expect(repo.update).not.toHaveBeenCalled();
    });
  });

  describe('credentials (for auth)', () => {
    it('confirmCredentials holds the row at the version read, or stores a stronger hash at it', async () => {
      const { service, repo } = setup();
      repo.lockCredentials.mockResolvedValue(true);
      repo.rehash.mockResolvedValue(false);

      expect(await service.confirmCredentials(AUTH_USER, TX)).toBe(true);
      expect(repo.lockCredentials).toHaveBeenCalledWith('user-1', 4, TX);
      expect(await service.confirmCredentials(AUTH_USER, TX, '$argon2id$stronger')).toBe(false);
      expect(repo.rehash).toHaveBeenCalledWith('user-1', 4, '$argon2id$stronger', TX);
    });

    it('strongerHash re-hashes the proven password only when the parameters changed', async () => {
      const { service, hasher } = setup();
      hasher.needsRehash.mockReturnValueOnce(false).mockReturnValueOnce(true);
      hasher.hash.mockResolvedValue('$argon2id$stronger');

      expect(await service.strongerHash(AUTH_USER, STRONG)).toBeUndefined();
      expect(await service.strongerHash(AUTH_USER, STRONG)).toBe('$argon2id$stronger');
      expect(hasher.needsRehash).toHaveBeenCalledWith('$argon2id$old');
    });

    it('replacePassword is a compare-and-swap on the version', async () => {
      const { service, repo } = setup();
      repo.replacePassword.mockResolvedValue(false);

      expect(await service.replacePassword('user-1', 'h', 4, TX)).toBe(false);
      expect(repo.replacePassword).toHaveBeenCalledWith('user-1', 'h', 4, TX);
    });
  });

  describe('getList', () => {
    const query = (overrides: Partial<UserListQueryDto>): UserListQueryDto => ({
      page: 1,
      limit: 20,
      sort: '-createdAt',
      ...overrides,
    });

    it('maps "-createdAt" to DESC, deleted "true" to true, and pages the result with its total', async () => {
      const { service, repo } = setup();
      repo.getList.mockResolvedValue({
        items: [user()],
        lastKey: ['2026-01-02T03:04:05.678901Z', 'user-1'],
        hasMore: true,
        total: 21,
      });

      const page = await service.getList(
        query({ page: 2, limit: 10, sort: '-createdAt', deleted: 'true', role: 'user', q: 'ad', email: 'a@b.c' }),
      );

      expect(repo.getList).toHaveBeenCalledWith({
        offset: 10,
        limit: 10,
        after: undefined,
        sort: { field: 'createdAt', direction: 'DESC' },
        email: 'a@b.c',
        role: 'user',
        q: 'ad',
        deleted: true,
        countTotal: true,
      } satisfies UserListFilter);
      expect(page).toMatchObject({ page: 2, limit: 10, total: 21, hasNextPage: true });
      expect(page.nextCursor).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]+$/));
      expect(page.items).toEqual([expect.objectContaining({ id: 'user-1', email: 'ada@example.com' })]);
      expect(page.items[0]).not.toHaveProperty('passwordHash');
    });

    it.each([
      { sort: 'email', expected: { field: 'email', direction: 'ASC' }, deleted: undefined, onlyDeleted: false },
      { sort: '-name', expected: { field: 'name', direction: 'DESC' }, deleted: 'false', onlyDeleted: false },
      { sort: 'role', expected: { field: 'role', direction: 'ASC' }, deleted: 'true', onlyDeleted: true },
    ])('maps sort "$sort" to $expected.direction and deleted $deleted to $onlyDeleted', async (c) => {
      const { service, repo } = setup();
      repo.getList.mockResolvedValue({ items: [], hasMore: false, total: 0 });

      const page = await service.getList(query({ sort: c.sort, deleted: c.deleted }));

      expect(repo.getList).toHaveBeenCalledWith(expect.objectContaining({ sort: c.expected, deleted: c.onlyDeleted }));
      expect(page).toEqual({ items: [], page: 1, limit: 20, total: 0, hasNextPage: false, nextCursor: null });
    });

    it("continues after a cursor's key, without counting unless asked", async () => {
      const { service, repo } = setup();
      const key = ['2026-01-02T03:04:05.678901Z', '3f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c'];
      repo.getList.mockResolvedValue({ items: [user()], lastKey: key, hasMore: true, total: 7 });
      const first = await service.getList(query({ includeTotal: 'false' }));
      expect(repo.getList).toHaveBeenLastCalledWith(expect.objectContaining({ countTotal: false }));

      repo.getList.mockResolvedValue({ items: [user()], lastKey: key, hasMore: false });
      const next = await service.getList(query({ cursor: first.nextCursor ?? '' }));

      expect(repo.getList).toHaveBeenLastCalledWith(expect.objectContaining({ after: key, countTotal: false }));
      expect(next).not.toHaveProperty('page');
      expect(next).not.toHaveProperty('total');
      expect(next).toMatchObject({ hasNextPage: false, nextCursor: null });
      await service.getList(query({ cursor: first.nextCursor ?? '', includeTotal: 'true' }));
      expect(repo.getList).toHaveBeenLastCalledWith(expect.objectContaining({ after: key, countTotal: true }));
    });

    it.each([
      ['made for another sort', (cursor: string) => query({ cursor, sort: 'email' })],
      ['with a page number', (cursor: string) => query({ cursor, page: 2 })],
      ['not base64url JSON', () => query({ cursor: 'bm90IGpzb24' })],
      [
        'with a malformed key',
        () => query({ cursor: Buffer.from('["-createdAt","2026-02-30T00:00:00.000000Z","x"]').toString('base64url') }),
      ],
    ])('refuses a cursor %s with a 400 naming the cursor, before any query', async (_label, make) => {
      const { service, repo } = setup();
      repo.getList.mockResolvedValue({
        items: [user()],
        lastKey: ['2026-01-02T03:04:05.678901Z', '3f0b8a5e-2f4c-4c1e-9a8b-1d2e3f4a5b6c'],
        hasMore: true,
      });
      const cursor = (await service.getList(query({}))).nextCursor ?? '';
      repo.getList.mockClear();

      const error = await service.getList(make(cursor)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ValidationProblemException);
      expect((error as ValidationProblemException).fieldErrors?.[0]?.field).toBe('cursor');
      expect(repo.getList).not.toHaveBeenCalled();
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
        credentialsVersion: 0,
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
