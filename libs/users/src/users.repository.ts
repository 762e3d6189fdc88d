import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import type { Role } from '@groundwork/access';
import type { Transaction } from '@groundwork/database';
import { UserEntity } from './user.entity.js';

export interface UserListFilter {
  page: number;
  limit: number;
  sort: { field: 'createdAt' | 'email' | 'name' | 'role'; direction: 'ASC' | 'DESC' };
  email?: string;
  role?: Role;
  q?: string;
  deleted: boolean;
}

export type NewUser = Pick<UserEntity, 'email' | 'name' | 'role' | 'passwordHash'> & { emailVerifiedAt?: Date | null };
export type UserPatch = Partial<Pick<UserEntity, 'email' | 'name' | 'role' | 'passwordHash' | 'emailVerifiedAt'>>;

const USER_COLUMNS =
  'id, email, name, role, password_hash, email_verified_at, credentials_version, created_at, updated_at, deleted_at';

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  email_verified_at: Date | null;
  credentials_version: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

const fromRow = (row: UserRow): UserEntity =>
  Object.assign(new UserEntity(), {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
    emailVerifiedAt: row.email_verified_at,
    credentialsVersion: row.credentials_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  });

interface ReadOptions {
  withDeleted?: boolean;
  tx?: Transaction;
}

/** What an UPDATE through EntityManager.query() answers on PostgreSQL: [rows, rowCount]. */
const updatedRows = (result: unknown): number => (result as [unknown[], number])[1];

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every query on users. Deleted users are invisible unless a method says otherwise. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  private repo(tx?: Transaction): Repository<UserEntity> {
    return tx ? tx.getRepository(UserEntity) : this.users;
  }

  // The two lookups on every authenticated and sign-in request are plain SQL: TypeORM's query
  // building and hydration cost more than the query itself (measured with the benchmark's profile).
  get(id: string, options: ReadOptions = {}): Promise<UserEntity | null> {
    return this.selectOne('id', id, options);
  }

  getByEmail(email: string, options: ReadOptions = {}): Promise<UserEntity | null> {
    return this.selectOne('email', email, options);
  }

  private async selectOne(
    column: 'id' | 'email',
    value: string,
    { withDeleted = false, tx }: ReadOptions,
  ): Promise<UserEntity | null> {
    const rows: UserRow[] = await (tx ?? this.users.manager).query(
      `SELECT ${USER_COLUMNS} FROM users WHERE ${column} = $1${withDeleted ? '' : ' AND deleted_at IS NULL'}`,
      [value],
    );
    const row = rows[0];
    return row ? fromRow(row) : null;
  }

  async getList(filter: UserListFilter): Promise<[UserEntity[], number]> {
    const query = this.users.createQueryBuilder('user');
    if (filter.deleted) {
      query.withDeleted().where('user.deletedAt IS NOT NULL');
    }
    if (filter.email !== undefined) {
      query.andWhere('user.email = :email', { email: filter.email });
    }
    if (filter.role !== undefined) {
      query.andWhere('user.role = :role', { role: filter.role });
    }
    if (filter.q !== undefined) {
      const pattern = `%${likeEscape(filter.q)}%`;
      query.andWhere(
        new Brackets((or) => {
          or.where('user.name ILIKE :pattern', { pattern }).orWhere('user.email ILIKE :pattern', { pattern });
        }),
      );
    }
    return query
      .orderBy(`user.${filter.sort.field}`, filter.sort.direction)
      .addOrderBy('user.id', filter.sort.direction)
      .skip((filter.page - 1) * filter.limit)
      .take(filter.limit)
      .getManyAndCount();
  }

  create(user: NewUser, tx?: Transaction): Promise<UserEntity> {
    const repo = this.repo(tx);
    return repo.save(repo.create(user));
  }

  async update(id: string, patch: UserPatch, tx?: Transaction): Promise<void> {
    const values = Object.fromEntries(Object.entries(patch).filter(([, value]) => (value as unknown) !== undefined));
    if (Object.keys(values).length === 0) {
      return;
    }
    await this.repo(tx).update({ id }, values);
  }

  /** Locks the row for the rest of the transaction, so concurrent changes to one user serialise. */
  getForUpdate(id: string, tx: Transaction, options: { withDeleted?: boolean } = {}): Promise<UserEntity | null> {
    return tx
      .getRepository(UserEntity)
      .findOne({ where: { id }, withDeleted: options.withDeleted ?? false, lock: { mode: 'pessimistic_write' } });
  }

  /** Bulk insert for seeding; skips emails that already exist. */
  async insertMany(users: NewUser[]): Promise<number> {
    const result = await this.users.createQueryBuilder().insert().into(UserEntity).values(users).orIgnore().execute();
    return result.identifiers.filter(Boolean).length;
  }

  /**
   * Holds the user's row (FOR SHARE) until the transaction ends if its credentials are still at
   * `version`: a concurrent password change waits for this transaction, then sees what it wrote.
   */
  async lockCredentials(id: string, version: number, tx: Transaction): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM users WHERE id = $1 AND credentials_version = $2 AND deleted_at IS NULL FOR SHARE',
      [id, version],
    );
    return rows.length === 1;
  }

  /** Stores a stronger hash of the same password, if the credentials are still at `version`. */
  async rehash(id: string, version: number, passwordHash: string, tx: Transaction): Promise<boolean> {
    const result: unknown = await tx.query(
      'UPDATE users SET password_hash = $3 WHERE id = $1 AND credentials_version = $2 AND deleted_at IS NULL',
      [id, version, passwordHash],
    );
    return updatedRows(result) === 1;
  }

  /**
   * Sets a new password and bumps the credentials version, in one conditional statement: with
   * `expectedVersion` it is a compare-and-swap (false when another change got there first).
   */
  async replacePassword(
    id: string,
    passwordHash: string,
    expectedVersion: number | undefined,
    tx: Transaction,
  ): Promise<boolean> {
    const result: unknown = await tx.query(
      `UPDATE users SET password_hash = $2, credentials_version = credentials_version + 1, updated_at = now()
       WHERE id = $1 AND deleted_at IS NULL AND ($3::integer IS NULL OR credentials_version = $3)`,
      [id, passwordHash, expectedVersion ?? null],
    );
    return updatedRows(result) === 1;
  }

  /**
   * How many active admins there are, counted under a transaction-wide lock that every change
   * removing an admin takes first: two such changes never both count the same admins.
   */
  async countActiveAdminsLocked(tx: Transaction): Promise<number> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('groundwork:users:active-admins'))`);
    const rows: { n: number }[] = await tx.query(
      `SELECT count(*)::integer AS n FROM users WHERE role = 'admin' AND deleted_at IS NULL`,
    );
    return rows[0]?.n ?? 0;
  }

  async softDelete(id: string, tx?: Transaction): Promise<void> {
    await this.repo(tx).softDelete({ id });
  }

  async restore(id: string, tx?: Transaction): Promise<void> {
    await this.repo(tx).restore({ id });
  }
}
