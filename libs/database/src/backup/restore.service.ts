import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo, type CopyStreamQuery } from 'pg-copy-streams';
import { DataSource, type QueryRunner } from 'typeorm';
import { BackupFormatError, type BackupHeader, type BackupManifest } from './backup-format.js';
import { readBackup, type BackupEvent } from './backup-reader.js';
import { appliedMigrations, knownMigrations, migrateUpTo } from './migrations-up-to.js';
import {
  CANONICAL_SESSION,
  type CatalogTable,
  bookkeepingTables,
  copyInSql,
  copyOutSql,
  emptySchema,
  firstNonEmptyTable,
  quoteIdent,
  readTables,
  resetSequences,
  withoutQueryTimeout,
} from './schema-catalog.js';

/** The restore would overwrite data, or the backup does not fit this build: nothing was changed. */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

export interface RestoreOptions {
  /**
   * Called when the target already holds rows, before anything is locked or changed, with the
   * tables that would lose them; resolving means the operator agreed to replace everything.
   */
  confirmReplace: (occupied: { table: string; rows: number }[]) => Promise<void>;
  /** Called once the header is read and checked, before the file is read through. */
  onHeader?: (header: BackupHeader) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations applied to reach the backup's head. */
  migrated: string[];
  /** Migrations of this build newer than the backup, left pending for `migrate`. */
  pending: string[];
  sequences: number;
}

/**
 * Loads a backup into the configured database in ONE transaction: empty the schema if asked,
 * migrate to the backup's head, COPY every table in (constraints checked as rows arrive), re-read
 * each table to compare its checksum, reset sequences, and commit only once the file's trailer
 * has been verified. Any failure rolls everything back, migrations included.
 */
@Injectable()
export class RestoreService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `open` is called twice: a first pass reads the whole file and checks it (gzip CRC, counts,
   * checksums) before the database is touched, so a damaged file is named as such; the second
   * pass loads it, checking everything again in case the file changed in between.
   */
  async restore(open: () => AsyncIterable<Buffer>, options: RestoreOptions): Promise<RestoreResult> {
    for await (const event of readBackup(open())) {
      if (event.kind === 'header') {
        this.checkHistory(event.header);
        options.onHeader?.(event.header);
      }
    }
    const occupied = await this.occupiedTables();
    if (occupied.length > 0) {
      await options.confirmReplace(occupied);
    }
    const events = readBackup(open());
    const first = await events.next();
    if (first.done === true || first.value.kind !== 'header') {
      throw new BackupFormatError('Not a Groundwork backup (no backup header)');
    }
    const header = first.value.header;
    const head = this.checkHistory(header);

    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      await runner.startTransaction();
      try {
        const result = await withoutQueryTimeout(client, () =>
          this.load(runner, client, header, head, events, occupied.length > 0),
        );
        await runner.commitTransaction();
        // Fresh statistics for the planner; not part of the restore, so outside its transaction.
        await withoutQueryTimeout(client, async () => {
          for (const table of header.tables) {
            await runner.query(`ANALYZE ${quoteIdent(table.name)}`);
          }
        });
        return result;
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await events.return(undefined);
      await runner.release();
    }
  }

  /** Tables of the current schema holding rows, with their counts (bookkeeping aside). */
  private async occupiedTables(): Promise<{ table: string; rows: number }[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      const exclude = bookkeepingTables(this.dataSource.options.migrationsTableName ?? 'migrations');
      return await withoutQueryTimeout(client, async () => {
        // Counting a large table takes longer than the pool's statement limit.
        await runner.query('START TRANSACTION READ ONLY');
        await runner.query('SET LOCAL statement_timeout = 0');
        const occupied: { table: string; rows: number }[] = [];
        for (const { name } of await readTables(runner, exclude)) {
          const [row] = (await runner.query(`SELECT count(*)::text AS n FROM ${quoteIdent(name)}`)) as { n: string }[];
          const rows = Number(row?.n ?? 0);
          if (rows > 0) {
            occupied.push({ table: name, rows });
          }
        }
        await runner.query('COMMIT');
        return occupied;
      });
    } finally {
      await runner.release();
    }
  }

  /** The backup's migrations must be this build's, in order; returns the head. */
  private checkHistory(header: BackupHeader): string {
    const known = knownMigrations(this.dataSource);
    const head = header.migrations.at(-1);
    const unknown = header.migrations.find((name, index) => known[index] !== name);
    if (head === undefined || unknown !== undefined) {
      throw new RestoreRefusedError(
        `The backup was taken at migration ${head ?? '(none)'} and includes ${unknown ?? 'no migrations'}, which this build does not have: restore it with the Groundwork version that made it, or a newer one`,
      );
    }
    return head;
  }

  private async load(
    runner: QueryRunner,
    client: pg.PoolClient,
    header: BackupHeader,
    head: string,
    events: AsyncGenerator<BackupEvent>,
    replace: boolean,
  ): Promise<RestoreResult> {
    for (const statement of CANONICAL_SESSION) {
      await runner.query(statement);
    }
    // One restore at a time; existing tables are locked so nothing writes into them meanwhile.
    await runner.query(`SELECT pg_advisory_xact_lock(hashtext('groundwork:restore'))`);
    const migrationsTable = this.dataSource.options.migrationsTableName ?? 'migrations';
    const exclude = bookkeepingTables(migrationsTable);
    const existing = (await readTables(runner, new Set())).map((table) => table.name);
    if (existing.length > 0) {
      await runner.query(`LOCK TABLE ${existing.map(quoteIdent).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    }
    const occupied = await firstNonEmptyTable(
      runner,
      existing.filter((name) => !exclude.has(name)),
    );
    if (occupied !== undefined && !replace) {
      // Written to between the check and the lock: the operator agreed to replace nothing.
      throw new RestoreRefusedError(
        `The target database is no longer empty (table ${occupied} has rows): nothing was replaced`,
      );
    }
    const applied = await appliedMigrations(runner, migrationsTable);
    const onTheWay = applied.every((name, index) => header.migrations[index] === name);
    if (existing.length > 0 && (occupied !== undefined || !onTheWay)) {
      await emptySchema(runner);
    }
    const migrated = (await migrateUpTo(this.dataSource, runner, head)).map((migration) => migration.name);
    const tables = this.matchSchema(header, await readTables(runner, exclude));

    let manifest: BackupManifest | undefined;
    // `failed` is set by the server's error: pg-copy-streams must not be written to after it.
    let copy: { stream: CopyStreamQuery; done: Promise<void>; failed?: Error } | undefined;
    try {
      for await (const event of events) {
        switch (event.kind) {
          case 'header':
            break;
          case 'table': {
            const stream = client.query(copyFrom(copyInSql(event)));
            const done = finished(stream);
            done.catch(() => undefined);
            const started: NonNullable<typeof copy> = { stream, done };
            stream.once('error', (error: Error) => (started.failed = error));
            copy = started;
            break;
          }
          case 'rows':
            if (copy?.failed !== undefined) {
              throw copy.failed;
            }
            if (copy !== undefined && !copy.stream.write(event.chunk)) {
              await Promise.race([once(copy.stream, 'drain'), copy.done]);
            }
            break;
          case 'table-end': {
            if (copy === undefined) {
              break;
            }
            if (copy.failed !== undefined) {
              throw copy.failed;
            }
            copy.stream.end();
            await copy.done;
            const table = tables.get(event.summary.name);
            if (table === undefined || copy.stream.rowCount !== event.summary.rows) {
              throw new Error(
                `Table ${event.summary.name}: loaded ${copy.stream.rowCount} of ${event.summary.rows} rows`,
              );
            }
            const reread = await checksum(client, table);
            if (reread !== event.summary.sha256) {
              throw new Error(`Table ${table.name}: the loaded rows do not read back equal to the backup`);
            }
            copy = undefined;
            break;
          }
          case 'end':
            manifest = event.manifest;
            break;
        }
      }
    } catch (error) {
      // A COPY cut off mid-table must be cancelled (CopyFail) before the connection can roll back.
      if (copy !== undefined && copy.failed === undefined) {
        copy.stream.destroy(error instanceof Error ? error : new Error(String(error)));
        await copy.done.catch(() => undefined);
      }
      throw error;
    }
    if (manifest === undefined) {
      throw new BackupFormatError('The backup is truncated: its trailer is missing');
    }
    const sequences = await resetSequences(
      runner,
      header.tables.map((table) => table.name),
    );
    const known = knownMigrations(this.dataSource);
    return { manifest, migrated, pending: known.slice(header.migrations.length), sequences };
  }

  /** The schema at the backup's head must have exactly the backup's tables and columns. */
  private matchSchema(header: BackupHeader, tables: CatalogTable[]): Map<string, CatalogTable> {
    const byName = new Map(tables.map((table) => [table.name, table]));
    const problems: string[] = [];
    for (const shape of header.tables) {
      const table = byName.get(shape.name);
      if (table === undefined) {
        problems.push(`table ${shape.name} does not exist`);
      } else if (shape.columns.join(',') !== table.columns.join(',')) {
        problems.push(
          `table ${shape.name} has columns (${table.columns.join(', ')}), the backup (${shape.columns.join(', ')})`,
        );
      }
    }
    const extra = tables.filter((table) => !header.tables.some((shape) => shape.name === table.name));
    if (extra.length > 0) {
      problems.push(`the backup has no data for ${extra.map((table) => table.name).join(', ')}`);
    }
    if (problems.length > 0) {
      throw new RestoreRefusedError(`The migrated schema does not match the backup: ${problems.join('; ')}`);
    }
    return byName;
  }
}

/** SHA-256 of a table's COPY text in its canonical order, as the backup computed it. */
async function checksum(client: pg.PoolClient, table: CatalogTable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of client.query(copyTo(copyOutSql(table)))) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
