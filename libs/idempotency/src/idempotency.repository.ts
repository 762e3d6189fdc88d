import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface StoredKey {
  fingerprint: string;
  state: 'in-flight' | 'completed';
  response: Buffer | null;
}

/** Every query on idempotency_keys; each is one atomic statement (no transaction spans a request). */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the key for a first run: a new row, or one that expired or whose claim was abandoned.
   * True when this caller got it; concurrent callers race on the primary key, and exactly one wins.
   * An in-flight key lives at least as long as its lease, however short the TTL: neither expiry nor
   * pruning may let a retry run again while the first run still holds it.
   */
  async claim(keyHash: string, fingerprint: string, leaseMs: number, ttlSeconds: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (key_hash, fingerprint, state, locked_until, expires_at)
       VALUES ($1, $2, 'in-flight', now() + make_interval(secs => $3::double precision / 1000),
               now() + make_interval(secs => greatest($4, $3::double precision / 1000)))
       ON CONFLICT (key_hash) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, state = 'in-flight', locked_until = EXCLUDED.locked_until,
             expires_at = EXCLUDED.expires_at, response = NULL, created_at = now()
         WHERE idempotency_keys.expires_at <= now()
            OR (idempotency_keys.state = 'in-flight' AND idempotency_keys.locked_until <= now())
       RETURNING key_hash`,
      [keyHash, fingerprint, leaseMs, ttlSeconds],
    );
    return rows.length === 1;
  }

  async get(keyHash: string): Promise<StoredKey | null> {
    const rows: StoredKey[] = await this.dataSource.query(
      `SELECT fingerprint, state, response FROM idempotency_keys WHERE key_hash = $1 AND expires_at > now()`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  /** Stores the answer; the TTL runs from here, so a replay is kept for the whole of it. */
  async complete(keyHash: string, response: Buffer, ttlSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'completed', response = $2, expires_at = now() + make_interval(secs => $3)
       WHERE key_hash = $1 AND state = 'in-flight'`,
      [keyHash, response, ttlSeconds],
    );
  }

  /** Gives the key back after a failure that changed nothing (5xx), so a retry runs again. */
  async release(keyHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE key_hash = $1 AND state = 'in-flight'`, [keyHash]);
  }

  async deleteExpired(now: Date): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE expires_at <= $1`,
      [now],
    );
    return deleted;
  }
}
