import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Principal, Role } from '@groundwork/access';
import { AuditTrail, diff } from '@groundwork/audit';
import { type Transaction, TransactionRunner } from '@groundwork/database';
import { EventOutbox } from '@groundwork/jobs';
import {
  type CursorPage,
  cursorProblem,
  decodeCursor,
  encodeCursor,
  normaliseEmail,
  ProblemException,
  ValidationProblemException,
  wantsTotal,
} from '@groundwork/http';
import type { AuthUser } from './auth-user.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import {
  mapUser,
  type UserAdminCreateDto,
  type UserAdminUpdateDto,
  type UserListQueryDto,
  type UserResponseDto,
  type UserUpdateMeDto,
} from './user.dto.js';
import type { UserEntity } from './user.entity.js';
import { UserEvents, type UserRoleChangedEvent } from './user.events.js';
import { isUserSortKey, type UserSortField, UsersRepository } from './users.repository.js';

function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    passwordHash: user.passwordHash,
    emailVerified: user.emailVerifiedAt !== null,
    credentialsVersion: user.credentialsVersion,
  };
}

/** The fields an audit entry shows for a user (never the password hash). */
const auditedFields = (user: Pick<UserEntity, 'email' | 'name' | 'role'>) => ({
  email: user.email,
  name: user.name,
  role: user.role,
});

/** The user aggregate's rules: registration, self-service, administration, soft delete. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly events: EventEmitter2,
    private readonly audit: AuditTrail,
    private readonly outbox: EventOutbox,
  ) {}

  // --- self-service -------------------------------------------------------------------------

  async getMe(principal: Principal): Promise<UserResponseDto> {
    return mapUser(await this.getOrNotFound(principal.userId));
  }

  async updateMe(principal: Principal, dto: UserUpdateMeDto): Promise<UserResponseDto> {
    return this.update(principal.userId, { name: dto.name }, principal);
  }

  async deleteMe(principal: Principal): Promise<void> {
    await this.delete(principal.userId, principal);
  }

  // --- administration -----------------------------------------------------------------------

  /**
   * A page by number (with the exact total by default) or after a cursor (no count unless asked);
   * either way with the cursor of the next page. A cursor holds its sort: used with another one it is a 400.
   */
  async getList(query: UserListQueryDto): Promise<CursorPage<UserResponseDto>> {
    const descending = query.sort.startsWith('-');
    const field = (descending ? query.sort.slice(1) : query.sort) as UserSortField;
    if (query.cursor !== undefined && query.page !== 1) {
      throw cursorProblem('cursor and page are exclusive: a cursor already says where the page starts');
    }
    const after =
      query.cursor === undefined
        ? undefined
        : decodeCursor(query.cursor, query.sort, (key) => isUserSortKey(field, key));
    const { items, lastKey, hasMore, total } = await this.users.getList({
      limit: query.limit,
      offset: (query.page - 1) * query.limit,
      after,
      sort: { field, direction: descending ? 'DESC' : 'ASC' },
      email: query.email,
      role: query.role,
      q: query.q,
      deleted: query.deleted === 'true',
      countTotal: wantsTotal(query),
    });
    return {
      items: items.map(mapUser),
      limit: query.limit,
      hasNextPage: hasMore,
      nextCursor: hasMore && lastKey ? encodeCursor(query.sort, lastKey) : null,
      ...(after === undefined ? { page: query.page } : {}),
      ...(total === undefined ? {} : { total }),
    };
  }

  /** A user by id; a soft-deleted one only when `withDeleted` (admins reading the record). */
  async getUser(id: string, options: { withDeleted?: boolean } = {}): Promise<UserResponseDto> {
    return mapUser(await this.getOrNotFound(id, options));
  }

  async create(dto: UserAdminCreateDto, by: Principal): Promise<UserResponseDto> {
    return mapUser(await this.createUser(dto, by.userId));
  }

  /**
   * Changes name, role or email in one transaction with everything that follows from it: the
   * audit entry, and (through the events) ended sessions on a role change and a verification link
   * for a new email. Removing the last active admin is refused.
   */
  async update(id: string, dto: UserAdminUpdateDto, by: Principal): Promise<UserResponseDto> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.getForUpdate(id, tx);
      if (!user) {
        throw notFound();
      }
      const changes = diff(auditedFields(user), { email: dto.email, name: dto.name, role: dto.role });
      if (Object.keys(changes).length === 0) {
        return;
      }
      if (changes.email && (await this.users.getByEmail(dto.email ?? '', { withDeleted: true, tx }))) {
        throw emailTaken();
      }
      if (changes.role && user.role === 'admin') {
        await this.assertNotLastAdmin(tx);
      }
      await this.users
        .update(
          id,
          {
            name: dto.name,
            role: dto.role,
            email: dto.email,
            // A new address is unproven until its owner opens the link mailed to it.
            ...(changes.email ? { emailVerifiedAt: null } : {}),
          },
          tx,
        )
        .catch(rethrowDuplicate);
      await this.audit.record({ action: 'user.updated', actorId: by.userId, target: userTarget(id), changes }, tx);
      if (changes.email && dto.email !== undefined) {
        await this.emit(UserEvents.EmailChanged, {
          userId: id,
          name: dto.name ?? user.name,
          from: user.email,
          to: dto.email,
          tx,
        });
      }
      if (changes.role && dto.role !== undefined) {
        await this.emitRoleChange({ userId: id, from: user.role, to: dto.role, by: by.userId, tx });
      }
    });
    return this.getUser(id);
  }

  /** Soft-deletes a user and (through the event) ends their sessions, in one transaction. */
  async delete(id: string, by: Principal): Promise<void> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.getForUpdate(id, tx);
      if (!user) {
        throw notFound();
      }
      if (user.role === 'admin') {
        await this.assertNotLastAdmin(tx);
      }
      await this.users.softDelete(id, tx);
      await this.audit.record({ action: 'user.deleted', actorId: by.userId, target: userTarget(id), changes: {} }, tx);
      await this.outbox.publish('user.deleted', { id }, tx);
      await this.emit(UserEvents.Deleted, { userId: id, tx });
    });
  }

  async restore(id: string, by: Principal): Promise<UserResponseDto> {
    await this.transactions.run(async (tx) => {
      const user = await this.users.getForUpdate(id, tx, { withDeleted: true });
      if (!user) {
        throw notFound();
      }
      if (user.deletedAt === null) {
        return;
      }
      await this.users.restore(id, tx);
      await this.audit.record({ action: 'user.restored', actorId: by.userId, target: userTarget(id), changes: {} }, tx);
      await this.emit(UserEvents.Restored, { userId: id, tx });
    });
    return this.getUser(id);
  }

  /**
   * Creates an admin, or makes an existing user one (restored, promoted), setting the name and
   * password when given and different (idempotent; used by the CLI).
   */
  async ensureAdmin(
    email: string,
    options: { password?: string; name?: string },
  ): Promise<{ user: UserResponseDto; outcome: 'created' | 'promoted' | 'updated' | 'unchanged'; changed: string[] }> {
    const existing = await this.users.getByEmail(normaliseEmail(email), { withDeleted: true });
    if (!existing) {
      if (options.password === undefined) {
        throw new ValidationProblemException([{ field: 'password', message: 'is required for a new admin' }]);
      }
      const name = options.name ?? email.trim().split('@')[0] ?? 'Admin';
      const user = await this.createUser({ email, password: options.password, name, role: 'admin' }, null);
      return { user: mapUser(user), outcome: 'created', changed: [] };
    }
    // Hashed before the transaction (argon2 is slow), and only when it differs: a re-run with the
    // same password changes nothing and ends no session.
    const passwordHash =
      options.password !== undefined && !(await this.hasher.verify(existing.passwordHash, options.password))
        ? await this.hashNewPassword(options.password, existing.email)
        : undefined;
    const name = options.name !== undefined && options.name !== existing.name ? options.name : undefined;
    const promoted = existing.deletedAt !== null || existing.role !== 'admin';
    const changed = [...(name !== undefined ? ['name'] : []), ...(passwordHash !== undefined ? ['password'] : [])];
    if (promoted || changed.length > 0) {
      await this.transactions.run(async (tx) => {
        if (existing.deletedAt !== null) {
          await this.users.restore(existing.id, tx);
          await this.audit.record(
            { action: 'user.restored', actorId: null, target: userTarget(existing.id), changes: {} },
            tx,
          );
        }
        const patch = {
          ...(existing.role !== 'admin' ? { role: 'admin' as const } : {}),
          ...(name !== undefined ? { name } : {}),
        };
        const changes = diff(auditedFields(existing), { role: patch.role, name });
        if (Object.keys(changes).length > 0) {
          await this.users.update(existing.id, patch, tx);
        }
        if (passwordHash !== undefined) {
          await this.users.replacePassword(existing.id, passwordHash, undefined, tx);
          // The audit says that it changed, never what to.
          changes.password = {};
        }
        if (Object.keys(changes).length > 0) {
          await this.audit.record(
            { action: 'user.updated', actorId: null, target: userTarget(existing.id), changes },
            tx,
          );
        }
        if (existing.role !== 'admin') {
          await this.emitRoleChange({ userId: existing.id, from: existing.role, to: 'admin', by: 'cli', tx });
        }
        if (passwordHash !== undefined) {
          // Whoever knew the old password is signed out (auth ends the sessions).
          await this.emit(UserEvents.PasswordReplaced, { userId: existing.id, by: 'cli', tx });
        }
      });
    }
    const outcome = promoted ? 'promoted' : changed.length > 0 ? 'updated' : 'unchanged';
    return { user: await this.getUser(existing.id), outcome, changed };
  }

  /** Fills a development database with realistic users sharing one password (hashing each would take minutes). */
  async seed(
    count: number,
    password: string,
    makeUser: (index: number) => { email: string; name: string },
    onProgress: (done: number) => void,
  ): Promise<number> {
    this.assertPassword(password, '');
    const passwordHash = await this.hasher.hash(password);
    let inserted = 0;
    for (let start = 0; start < count; start += 500) {
      const batch = Array.from({ length: Math.min(500, count - start) }, (_, offset) => {
        const { email, name } = makeUser(start + offset);
        return { email: normaliseEmail(email), name, role: 'user' as const, passwordHash, emailVerifiedAt: new Date() };
      });
      inserted += await this.users.insertMany(batch);
      onProgress(start + batch.length);
    }
    return inserted;
  }

  // --- for the auth lib ---------------------------------------------------------------------

  /**
   * Checks a new password against the policy and hashes it. Called before the transaction that
   * stores it: argon2 takes tens of milliseconds, too long to hold a connection and row locks.
   */
  async hashNewPassword(password: string, email: string): Promise<string> {
    this.assertPassword(password, normaliseEmail(email));
    return this.hasher.hash(password);
  }

  /** Refuses a taken email before any hashing; the unique index still decides a race. */
  async assertEmailFree(email: string): Promise<void> {
    if (await this.users.getByEmail(normaliseEmail(email), { withDeleted: true })) {
      throw emailTaken();
    }
  }

  /** Inserts a self-registered user (password hashed by hashNewPassword) in the caller's transaction. */
  async register(
    input: { email: string; name: string; passwordHash: string },
    tx: Transaction,
  ): Promise<UserResponseDto> {
    const user = await this.users
      .create(
        { email: normaliseEmail(input.email), name: input.name, role: 'user', passwordHash: input.passwordHash },
        tx,
      )
      .catch(rethrowDuplicate);
    await this.publishCreated(user, tx);
    return mapUser(user);
  }

  async getAuthUserByEmail(email: string): Promise<AuthUser | null> {
    const user = await this.users.getByEmail(normaliseEmail(email));
    return user ? toAuthUser(user) : null;
  }

  async getAuthUserById(id: string, tx?: Transaction): Promise<AuthUser | null> {
    const user = await this.users.get(id, { tx });
    return user ? toAuthUser(user) : null;
  }

  /**
   * Called in the transaction that opens a session after a sign-in verified `user`'s password:
   * true if the credentials are still the ones verified, and they stay so until the transaction
   * ends (the row is held), so a password change either waits and then ends the new session, or
   * committed first and the sign-in is refused. Also stores a stronger hash if one is given.
   */
  async confirmCredentials(user: AuthUser, tx: Transaction, strongerHash?: string): Promise<boolean> {
    if (strongerHash === undefined) {
      return this.users.lockCredentials(user.id, user.credentialsVersion, tx);
    }
    const rehashed = await this.users.rehash(user.id, user.credentialsVersion, strongerHash, tx);
    if (rehashed) {
      this.logger.log({ event: 'password.rehashed', userId: user.id });
    }
    return rehashed;
  }

  /** A stronger hash of a password a sign-in just proved, when today's parameters ask for one. */
  async strongerHash(user: AuthUser, password: string): Promise<string | undefined> {
    return this.hasher.needsRehash(user.passwordHash) ? this.hasher.hash(password) : undefined;
  }

  /**
   * Stores a new password (hashed by hashNewPassword) and bumps the credentials version. With
   * `expectedVersion` it is a compare-and-swap: false when the password changed since it was read.
   * Also false when the user is gone.
   */
  replacePassword(
    userId: string,
    passwordHash: string,
    expectedVersion: number | undefined,
    tx: Transaction,
  ): Promise<boolean> {
    return this.users.replacePassword(userId, passwordHash, expectedVersion, tx);
  }

  async markEmailVerified(userId: string, tx: Transaction): Promise<void> {
    await this.users.update(userId, { emailVerifiedAt: new Date() }, tx);
    await this.outbox.publish('user.email-verified', { id: userId }, tx);
  }

  // --- internals ----------------------------------------------------------------------------

  /** Admin create and the CLI: the hash is made first, the insert and its audit entry commit together. */
  private async createUser(
    input: { email: string; password: string; name: string; role: Role },
    actorId: string | null,
  ): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    await this.assertEmailFree(email);
    const passwordHash = await this.hashNewPassword(input.password, email);
    return this.transactions.run(async (tx) => {
      const user = await this.users
        .create({ email, name: input.name, role: input.role, passwordHash }, tx)
        .catch(rethrowDuplicate);
      const changes = diff({}, auditedFields(user));
      await this.audit.record({ action: 'user.created', actorId, target: userTarget(user.id), changes }, tx);
      await this.publishCreated(user, tx);
      return user;
    });
  }

  /** Call before an admin is demoted or deleted; the count is taken under a lock (see the repository). */
  private async assertNotLastAdmin(tx: Transaction): Promise<void> {
    if ((await this.users.countActiveAdminsLocked(tx)) <= 1) {
      throw new ProblemException(
        409,
        'This is the last active admin: promote another user to admin first, then demote or delete this one',
        { type: LAST_ADMIN_PROBLEM },
      );
    }
  }

  private assertPassword(password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) {
      throw new ValidationProblemException([{ field: 'password', message: problem }]);
    }
  }

  private async getOrNotFound(id: string, options: { withDeleted?: boolean } = {}): Promise<UserEntity> {
    const user = await this.users.get(id, options);
    if (!user) {
      throw notFound();
    }
    return user;
  }

  /** To the outbox (webhooks): the public fields, never the hash. */
  private async publishCreated(user: UserEntity, tx: Transaction): Promise<void> {
    await this.outbox.publish(
      'user.created',
      { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt.toISOString() },
      tx,
    );
  }

  private async emitRoleChange(event: UserRoleChangedEvent): Promise<void> {
    this.logger.log({ event: 'user.role-changed', userId: event.userId, from: event.from, to: event.to, by: event.by });
    await this.outbox.publish(
      'user.role-changed',
      { id: event.userId, from: event.from, to: event.to, by: event.by },
      event.tx,
    );
    await this.emit(UserEvents.RoleChanged, event);
  }

  /** Awaited inside the transaction: a listener's failure rolls the change back. */
  private async emit(name: string, event: object): Promise<void> {
    await this.events.emitAsync(name, event);
  }
}

/** The problem type of refusing to remove the last active admin. */
export const LAST_ADMIN_PROBLEM = 'urn:groundwork:problem:last-admin';

const userTarget = (id: string) => ({ type: 'user', id });
const notFound = (): ProblemException => new ProblemException(404, 'No user with this id');
const emailTaken = (): ProblemException => new ProblemException(409, 'A user with this email already exists');

/** Two concurrent sign-ups with one email: the unique index decides, and the loser gets a 409. */
function rethrowDuplicate(error: unknown): never {
  if ((error as { code?: string }).code === '23505') {
    throw emailTaken();
  }
  throw error;
}
