import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Principal, Role } from '@groundwork/access';
import { TransactionRunner } from '@groundwork/database';
import { normaliseEmail, type Page, ProblemException, toPage, ValidationProblemException } from '@groundwork/http';
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
import { type UserListFilter, UsersRepository } from './users.repository.js';

function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    passwordHash: user.passwordHash,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

/** The user aggregate's rules: registration, self-service, administration, soft delete. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly events: EventEmitter2,
  ) {}

  // --- self-service -------------------------------------------------------------------------

  async getMe(principal: Principal): Promise<UserResponseDto> {
    return mapUser(await this.getOrNotFound(principal.userId));
  }

  async updateMe(principal: Principal, dto: UserUpdateMeDto): Promise<UserResponseDto> {
    await this.users.update(principal.userId, { name: dto.name });
    return this.getMe(principal);
  }

  async deleteMe(principal: Principal): Promise<void> {
    await this.delete(principal.userId);
  }

  // --- administration -----------------------------------------------------------------------

  async getList(query: UserListQueryDto): Promise<Page<UserResponseDto>> {
    const descending = query.sort.startsWith('-');
    const filter: UserListFilter = {
      page: query.page,
      limit: query.limit,
      sort: {
        field: (descending ? query.sort.slice(1) : query.sort) as UserListFilter['sort']['field'],
        direction: descending ? 'DESC' : 'ASC',
      },
      email: query.email,
      role: query.role,
      q: query.q,
      deleted: query.deleted === 'true',
    };
    const [items, total] = await this.users.getList(filter);
    return toPage(items.map(mapUser), total, query);
  }

  async getUser(id: string): Promise<UserResponseDto> {
    return mapUser(await this.getOrNotFound(id));
  }

  async create(dto: UserAdminCreateDto): Promise<UserResponseDto> {
    return mapUser(await this.createUser(dto));
  }

  async update(id: string, dto: UserAdminUpdateDto, by: Principal): Promise<UserResponseDto> {
    const roleChange = await this.transactions.run(async (tx) => {
      const user = await this.users.getForUpdate(id, tx);
      if (!user) {
        throw notFound();
      }
      if (dto.email !== undefined && dto.email !== user.email) {
        const taken = await this.users.getByEmail(dto.email, { withDeleted: true });
        if (taken) {
          throw emailTaken();
        }
      }
      await this.users.update(id, { name: dto.name, role: dto.role, email: dto.email }, tx).catch(rethrowDuplicate);
      return dto.role !== undefined && dto.role !== user.role ? { from: user.role, to: dto.role } : undefined;
    });
    if (roleChange) {
      await this.emitRoleChange({ userId: id, ...roleChange, by: by.userId });
    }
    return this.getUser(id);
  }

  async delete(id: string): Promise<void> {
    const user = await this.users.get(id);
    if (!user) {
      throw notFound();
    }
    await this.users.softDelete(id);
    // Awaited, so the user's sessions are ended before the caller hears 204.
    await this.events.emitAsync(UserEvents.Deleted, { userId: id });
  }

  async restore(id: string): Promise<UserResponseDto> {
    const user = await this.users.get(id, { withDeleted: true });
    if (!user) {
      throw notFound();
    }
    if (user.deletedAt !== null) {
      await this.users.restore(id);
      await this.events.emitAsync(UserEvents.Restored, { userId: id });
    }
    return this.getUser(id);
  }

  /** Creates an admin, or promotes an existing user (idempotent; used by the CLI). */
  async ensureAdmin(
    email: string,
    password: string,
  ): Promise<{ user: UserResponseDto; outcome: 'created' | 'promoted' | 'unchanged' }> {
    const existing = await this.users.getByEmail(normaliseEmail(email), { withDeleted: true });
    if (!existing) {
      const user = await this.createUser({ email, password, name: email.split('@')[0] ?? 'Admin', role: 'admin' });
      return { user: mapUser(user), outcome: 'created' };
    }
    const changed = existing.deletedAt !== null || existing.role !== 'admin';
    if (existing.deletedAt !== null) {
      await this.users.restore(existing.id);
    }
    if (existing.role !== 'admin') {
      await this.users.update(existing.id, { role: 'admin' });
      await this.emitRoleChange({ userId: existing.id, from: existing.role, to: 'admin', by: 'cli' });
    }
    return { user: await this.getUser(existing.id), outcome: changed ? 'promoted' : 'unchanged' };
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

  async register(input: { email: string; password: string; name: string }): Promise<UserResponseDto> {
    return mapUser(await this.createUser({ ...input, role: 'user' }));
  }

  async getAuthUserByEmail(email: string): Promise<AuthUser | null> {
    const user = await this.users.getByEmail(normaliseEmail(email));
    return user ? toAuthUser(user) : null;
  }

  async getAuthUserById(id: string): Promise<AuthUser | null> {
    const user = await this.users.get(id);
    return user ? toAuthUser(user) : null;
  }

  async setPassword(userId: string, newPassword: string): Promise<void> {
    const user = await this.getOrNotFound(userId);
    this.assertPassword(newPassword, user.email);
    await this.users.update(userId, { passwordHash: await this.hasher.hash(newPassword) });
    await this.events.emitAsync(UserEvents.PasswordChanged, { userId });
  }

  /** Upgrades a hash made with weaker parameters, after a successful sign-in proved the password. */
  async rehashIfNeeded(user: AuthUser, password: string): Promise<void> {
    if (!this.hasher.needsRehash(user.passwordHash)) {
      return;
    }
    await this.users.update(user.id, { passwordHash: await this.hasher.hash(password) });
    this.logger.log({ event: 'password.rehashed', userId: user.id });
  }

  async markEmailVerified(userId: string): Promise<void> {
    await this.users.update(userId, { emailVerifiedAt: new Date() });
  }

  // --- internals ----------------------------------------------------------------------------

  private async createUser(input: { email: string; password: string; name: string; role: Role }): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    this.assertPassword(input.password, email);
    if (await this.users.getByEmail(email, { withDeleted: true })) {
      throw emailTaken();
    }
    const passwordHash = await this.hasher.hash(input.password);
    return this.users.create({ email, name: input.name, role: input.role, passwordHash }).catch(rethrowDuplicate);
  }

  private assertPassword(password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) {
      throw new ValidationProblemException([{ field: 'password', message: problem }]);
    }
  }

  private async getOrNotFound(id: string): Promise<UserEntity> {
    const user = await this.users.get(id);
    if (!user) {
      throw notFound();
    }
    return user;
  }

  private async emitRoleChange(event: UserRoleChangedEvent): Promise<void> {
    this.logger.log({ event: 'user.role-changed', userId: event.userId, from: event.from, to: event.to, by: event.by });
    await this.events.emitAsync(UserEvents.RoleChanged, event);
  }
}

const notFound = (): ProblemException => new ProblemException(404, 'No user with this id');
const emailTaken = (): ProblemException => new ProblemException(409, 'A user with this email already exists');

/** Two concurrent sign-ups with one email: the unique index decides, and the loser gets a 409. */
function rethrowDuplicate(error: unknown): never {
  if ((error as { code?: string }).code === '23505') {
    throw emailTaken();
  }
  throw error;
}
