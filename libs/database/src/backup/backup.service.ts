import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource, type QueryRunner } from 'typeorm';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  manifestOf,
  type BackupHeader,
  type BackupManifest,
} from './backup-format.js';
import { BackupWriter } from './backup-writer.js';
import { appliedMigrations } from './migrations-up-to.js';
import {
  CANONICAL_SESSION,
  bookkeepingTables,
  copyOutSql,
  quoteIdent,
  readTables,
  withoutQueryTimeout,
} from './schema-catalog.js';

/** How a command shows progress; rows are known up front from the snapshot. */
export interface BackupProgress {
  start(totalRows: number): void;
  advance(rows: number): void;
}

/**
 * Writes every table of the migrated schema to a compressed backup: one REPEATABLE READ,
 * read-only transaction (a consistent snapshot while the API keeps writing), each table
 * streamed through COPY ... TO STDOUT into gzip, never held in memory.
 */
@Injectable()
export class BackupService {
  constructor(private readonly dataSource: DataSource) {}

  async backup(output: Writable, progress: BackupProgress): Promise<BackupManifest> {
    const runner = this.dataSource.createQueryRunner();
    const gzip = createGzip();
    const written = pipeline(gzip, output);
    // Surfaced by the await below; without this an early failure would be unhandled.
    written.catch(() => undefined);
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const manifest = await withoutQueryTimeout(client, () => this.write(runner, client, gzip, progress));
        await written;
        return manifest;
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Everything inside the snapshot; commits it once the last table is written. */
  private async write(
    runner: QueryRunner,
    client: pg.PoolClient,
    gzip: Writable,
    progress: BackupProgress,
  ): Promise<BackupManifest> {
    for (const statement of CANONICAL_SESSION) {
      await runner.query(statement);
    }
    const migrationsTable = this.dataSource.options.migrationsTableName ?? 'migrations';
    const migrations = await appliedMigrations(runner, migrationsTable);
    if (migrations.length === 0) {
      throw new Error('The database has no migrations applied: there is nothing to back up');
    }
    const tables = await readTables(runner, bookkeepingTables(migrationsTable));
    const counts: number[] = [];
    for (const table of tables) {
      const [row] = (await runner.query(`SELECT count(*)::text AS n FROM ${quoteIdent(table.name)}`)) as {
        n: string;
      }[];
      counts.push(Number(row?.n ?? 0));
    }
    progress.start(counts.reduce((sum, n) => sum + n, 0));

    const writer = new BackupWriter(gzip);
    const [source] = (await runner.query('SELECT version() AS version, pg_current_snapshot()::text AS snapshot')) as {
      version: string;
      snapshot: string;
    }[];
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: source?.version ?? 'unknown',
      snapshot: source?.snapshot,
      migrations,
      head: migrations.at(-1),
      tables: tables.map(({ name, columns }) => ({ name, columns })),
    };
    await writer.header(header);
    for (const [index, table] of tables.entries()) {
      await writer.table(table.name, client.query(copyTo(copyOutSql(table))), (rows) => progress.advance(rows));
      const copied = writer.tables[index]?.rows;
      if (copied !== counts[index]) {
        throw new Error(`Table ${table.name}: counted ${counts[index]} rows but copied ${copied}`);
      }
    }
    await runner.query('COMMIT');
    return manifestOf(header, await writer.finish());
  }
}
