import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Role } from '@groundwork/access';
import type { Transaction } from '@groundwork/database';
import { UserEntity } from './user.entity.js';

export type UserSortField = 'createdAt' | 'email' | 'name' | 'role';

export interface UserListFilter {
  limit: number;
  /** Page-number requests: how many matches to skip. */
  offset: number;
  /** Cursor requests: the sort key of the last item already seen (see sortKey); replaces offset. */
  after?: string[];
  sort: { field: UserSortField; direction: 'ASC' | 'DESC' };
  email?: string;
  role?: Role;
  q?: string;
  deleted: boolean;
  /** Count every match too (a count grows with the table). */
  countTotal: boolean;
}

export interface UserListPage {
  items: UserEntity[];
  /** The sort key of the last item, for the next page's cursor; undefined when no item. */
  lastKey?: string[];
  hasMore: boolean;
  total?: number;
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

/**
 * Each sort's key, in ORDER BY order: the field, then what breaks its ties (the id last, so the
 * order is total and a cursor is a unique position). Every key has an index that matches it
 * (migration ListIndexes), so a page is a short index range scan at any depth.
 */
const SORT_KEYS: Record<UserSortField, readonly SortColumn[]> = {
  createdAt: ['created_at', 'id'],
  email: ['email', 'id'],
  name: ['name', 'id'],
  role: ['role', 'created_at', 'id'],
};
type SortColumn = 'created_at' | 'email' | 'name' | 'role' | 'id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** created_at in a cursor keeps PostgreSQL's microseconds: a millisecond Date would skip rows. */
const MICROS_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;
const CREATED_AT_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at_key`;

/** How each key column is compared to a cursor value, and what a well-formed value is. */
const KEY_COLUMNS: Record<SortColumn, { cast: string; valid: (value: string) => boolean }> = {
  created_at: {
    cast: 'timestamptz',
    valid: (value) => {
      const millis = MICROS_TIMESTAMP.exec(value)?.[1];
      // A round trip refuses what Date.parse would roll over (February 30th) and PostgreSQL refuse.
      return millis !== undefined && millis >= '1970' && new Date(`${millis}Z`).toISOString() === `${millis}Z`;
    },
  },
  email: { cast: 'varchar', valid: (value) => value.length <= 254 && !value.includes('\u0000') },
  name: { cast: 'varchar', valid: (value) => value.length <= 100 && !value.includes('\u0000') },
  role: { cast: 'varchar', valid: (value) => value.length <= 16 && !value.includes('\u0000') },
  id: { cast: 'uuid', valid: (value) => UUID.test(value) },
};

/** Whether `key` could be a sort key of `field` (checked before any of it reaches a query). */
export function isUserSortKey(field: UserSortField, key: string[]): boolean {
  const columns = SORT_KEYS[field];
  return key.length === columns.length && columns.every((column, i) => KEY_COLUMNS[column].valid(key[i] ?? ''));
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

  /**
   * One page in one query (a row more than asked says whether another page follows), plus a count
   * only when asked. Plain SQL: the keyset condition is a row comparison, which matches the sort's
   * index, and TypeORM's getManyAndCount cost more than the page itself.
   */
  async getList(filter: UserListFilter): Promise<UserListPage> {
    const where: string[] = [filter.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (filter.email !== undefined) {
      where.push(`email = ${param(filter.email)}`);
    }
    if (filter.role !== undefined) {
      where.push(`role = ${param(filter.role)}`);
    }
    if (filter.q !== undefined) {
      const pattern = param(`%${likeEscape(filter.q)}%`);
      where.push(`(name ILIKE ${pattern} OR email ILIKE ${pattern})`);
    }
    const count = filter.countTotal
      ? this.users.manager.query<{ n: number }[]>(
          `SELECT count(*)::integer AS n FROM users WHERE ${where.join(' AND ')}`,
          [...params],
        )
      : undefined;
    const columns = SORT_KEYS[filter.sort.field];
    const direction = filter.sort.direction;
    if (filter.after !== undefined) {
      const after = filter.after;
      const values = columns.map((column, i) => `${param(after[i])}::${KEY_COLUMNS[column].cast}`);
      where.push(`(${columns.join(', ')}) ${direction === 'DESC' ? '<' : '>'} (${values.join(', ')})`);
    }
    const [rows, counted] = await Promise.all([
      this.users.manager.query<(UserRow & { created_at_key: string })[]>(
        `SELECT ${USER_COLUMNS}, ${CREATED_AT_KEY} FROM users WHERE ${where.join(' AND ')}
         ORDER BY ${columns.map((column) => `${column} ${direction}`).join(', ')}
         LIMIT ${param(filter.limit + 1)} OFFSET ${param(filter.after === undefined ? filter.offset : 0)}`,
        params,
      ),
      count,
    ]);
    const total = counted?.[0]?.n;
    const kept = rows.slice(0, filter.limit);
    const last = kept.at(-1);
    return {
      items: kept.map(fromRow),
      lastKey: last && columns.map((column) => (column === 'created_at' ? last.created_at_key : last[column])),
      hasMore: rows.length > filter.limit,
      total,
    };
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
