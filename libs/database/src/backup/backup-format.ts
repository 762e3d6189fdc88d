/**
 * The backup file: one gzip stream of UTF-8 text, readable with `zcat`.
 *
 *   line 1          header: {"format":"groundwork-backup","version":1,"migrations":[...],"tables":[...],...}
 *   per table       {"table":"<name>"}
 *                   its rows in PostgreSQL's COPY text format, one line per row
 *                   \.                      (the COPY end marker: a data line can never be exactly this,
 *                                            since COPY writes a backslash in a value as \\)
 *   last line       trailer: {"end":true,"tables":[{name, rows, sha256}],"sha256":"<all bytes before it>"}
 *
 * Tables come in foreign-key order (parents first) so a restore loads them as they stream in.
 * Header plus trailer form the manifest; the trailer is last because counts and checksums are
 * known only once the data is written, and the file is never held in memory.
 */
export const BACKUP_FORMAT = 'groundwork-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupTableShape {
  name: string;
  /** The columns written, in order (generated columns are left out: the database computes them). */
  columns: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** `SELECT version()` of the source server. */
  server: string;
  /** `pg_current_snapshot()` the data was read in: which transactions it includes. */
  snapshot?: string;
  /** Applied migrations, oldest first; the last is the head the data belongs to. */
  migrations: string[];
  /** The migration head, said outright for readers of the file (the last of `migrations`). */
  head?: string;
  /** In load order. */
  tables: BackupTableShape[];
}

export interface BackupTableSummary {
  name: string;
  rows: number;
  /** SHA-256 (hex) of the table's COPY text, as written. */
  sha256: string;
}

export interface BackupTrailer {
  end: true;
  tables: BackupTableSummary[];
  /** SHA-256 (hex) of every byte before the trailer line. */
  sha256: string;
}

export interface BackupManifest {
  version: number;
  createdAt: string;
  server: string;
  snapshot: string | undefined;
  head: string | undefined;
  migrations: string[];
  tables: (BackupTableShape & { rows: number; sha256: string })[];
  sha256: string;
}

/** A file that is not a backup this build can read, or that was cut short or changed. */
export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
}

export const END_OF_DATA = Buffer.from('\\.\n');
export const NEWLINE = 0x0a;

/** Number of newline bytes in a chunk: one per COPY text row. */
export function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) {
    count++;
  }
  return count;
}

export function manifestOf(header: BackupHeader, trailer: BackupTrailer): BackupManifest {
  return {
    version: header.version,
    createdAt: header.createdAt,
    server: header.server,
    snapshot: header.snapshot,
    head: header.migrations.at(-1),
    migrations: header.migrations,
    tables: header.tables.map((table, index) => ({
      ...table,
      rows: trailer.tables[index]?.rows ?? 0,
      sha256: trailer.tables[index]?.sha256 ?? '',
    })),
    sha256: trailer.sha256,
  };
}
