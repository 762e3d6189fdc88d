import { createHash } from 'node:crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFormatError,
  END_OF_DATA,
  NEWLINE,
  countLines,
  manifestOf,
  type BackupHeader,
  type BackupManifest,
  type BackupTableSummary,
  type BackupTrailer,
} from './backup-format.js';

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string; columns: string[] }
  | { kind: 'rows'; chunk: Buffer }
  | { kind: 'table-end'; summary: BackupTableSummary }
  | { kind: 'end'; manifest: BackupManifest };

/** Longest header, section or trailer line accepted; a data line has no limit (it streams). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a backup from its decompressed bytes, checking as it goes: the header first, then every
 * table section in the header's order, each table's row count and SHA-256 and the checksum of the
 * whole file against the trailer, and nothing after it. Any mismatch, a cut-short file or a
 * gzip error throws BackupFormatError; callers act only once 'end' has been yielded.
 */
export async function* readBackup(source: AsyncIterable<Buffer>): AsyncGenerator<BackupEvent> {
  const input = new ByteSource(source);
  const total = createHash('sha256');

  const first = await input.line();
  if (first === undefined) {
    throw new BackupFormatError('The file is empty: not a Groundwork backup');
  }
  total.update(first.raw);
  const header = parseHeader(first.text);
  yield { kind: 'header', header };

  const summaries: BackupTableSummary[] = [];
  for (const table of header.tables) {
    const line = await input.line();
    if (line === undefined) {
      throw new BackupFormatError(`The backup is truncated: it ends before table ${table.name}`);
    }
    total.update(line.raw);
    const section = parseJson(line.text, 'table section') as { table?: unknown };
    if (section.table !== table.name) {
      throw new BackupFormatError(
        `The backup is corrupt: expected table ${table.name}, found ${line.text.slice(0, 80)}`,
      );
    }
    yield { kind: 'table', name: table.name, columns: table.columns };

    const hash = createHash('sha256');
    let rows = 0;
    for await (const chunk of input.dataUntilEndMarker(table.name)) {
      hash.update(chunk);
      total.update(chunk);
      rows += countLines(chunk);
      yield { kind: 'rows', chunk };
    }
    total.update(END_OF_DATA);
    const summary = { name: table.name, rows, sha256: hash.digest('hex') };
    summaries.push(summary);
    yield { kind: 'table-end', summary };
  }

  const last = await input.line();
  if (last === undefined) {
    throw new BackupFormatError('The backup is truncated: its trailer (counts and checksums) is missing');
  }
  const trailer = parseJson(last.text, 'trailer') as Partial<BackupTrailer>;
  if (trailer.end !== true || !Array.isArray(trailer.tables)) {
    throw new BackupFormatError('The backup is corrupt: unexpected content where its trailer should be');
  }
  summaries.forEach((summary, index) => {
    const recorded = trailer.tables?.[index];
    if (recorded?.name !== summary.name || recorded.rows !== summary.rows || recorded.sha256 !== summary.sha256) {
      throw new BackupFormatError(
        `The backup is corrupt: table ${summary.name} does not match its recorded row count and checksum`,
      );
    }
  });
  if (trailer.tables.length !== summaries.length || trailer.sha256 !== total.digest('hex')) {
    throw new BackupFormatError('The backup is corrupt: its checksum does not match its content');
  }
  if (await input.hasMore()) {
    throw new BackupFormatError('The backup is corrupt: there is data after its trailer');
  }
  yield { kind: 'end', manifest: manifestOf(header, trailer as BackupTrailer) };
}

function parseJson(text: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new BackupFormatError(`The backup is corrupt: its ${what} is not valid`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseHeader(text: string): BackupHeader {
  let header: Record<string, unknown>;
  try {
    header = parseJson(text, 'header');
  } catch {
    throw new BackupFormatError('Not a Groundwork backup (no backup header)');
  }
  if (header.format !== BACKUP_FORMAT) {
    throw new BackupFormatError('Not a Groundwork backup (no backup header)');
  }
  const version = header.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupFormatError('The backup is corrupt: its format version is not valid');
  }
  if (version > BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(
      `The backup uses format version ${version}; this build reads version ${BACKUP_FORMAT_VERSION} and older: restore it with a newer Groundwork`,
    );
  }
  const tables = header.tables;
  const valid =
    isStringArray(header.migrations) &&
    typeof header.createdAt === 'string' &&
    typeof header.server === 'string' &&
    Array.isArray(tables) &&
    tables.every((table: { name?: unknown; columns?: unknown }) => {
      return typeof table.name === 'string' && isStringArray(table.columns) && table.columns.length > 0;
    });
  if (!valid) {
    throw new BackupFormatError('The backup is corrupt: its header is incomplete');
  }
  return header as unknown as BackupHeader;
}

/** Pulls chunks from the decompressed stream on demand and splits them into lines or data. */
class ByteSource {
  private readonly iterator: AsyncIterator<Buffer>;
  private buffer: Buffer = Buffer.alloc(0);
  private done = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Appends the next chunk; false at the end of the stream. */
  private async more(): Promise<boolean> {
    if (this.done) {
      return false;
    }
    let next: IteratorResult<Buffer>;
    try {
      next = await this.iterator.next();
    } catch (error) {
      throw asFormatError(error);
    }
    if (next.done === true) {
      this.done = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  async hasMore(): Promise<boolean> {
    return this.buffer.length > 0 || (await this.more());
  }

  /** The next line without its newline, or undefined at a clean end of stream. */
  async line(): Promise<{ text: string; raw: Buffer } | undefined> {
    let searchFrom = 0;
    for (;;) {
      const at = this.buffer.indexOf(NEWLINE, searchFrom);
      if (at !== -1) {
        const raw = this.buffer.subarray(0, at + 1);
        this.buffer = this.buffer.subarray(at + 1);
        return { text: raw.toString('utf8', 0, at), raw };
      }
      if (this.buffer.length > MAX_LINE_BYTES) {
        throw new BackupFormatError('The backup is corrupt: a header line is too long');
      }
      searchFrom = this.buffer.length;
      if (!(await this.more())) {
        if (this.buffer.length === 0) {
          return undefined;
        }
        throw new BackupFormatError('The backup is truncated: it ends in the middle of a line');
      }
    }
  }

  /** Yields a section's COPY text up to (not including) its `\.` line, which it consumes. */
  async *dataUntilEndMarker(table: string): AsyncGenerator<Buffer> {
    // The marker counts only at the start of a line; the section starts at one.
    let atLineStart = true;
    for (;;) {
      const end = this.findEndMarker(atLineStart);
      if (end !== -1) {
        if (end > 0) {
          yield this.buffer.subarray(0, end);
        }
        this.buffer = this.buffer.subarray(end + END_OF_DATA.length);
        return;
      }
      // Keep a possible split marker's first bytes; hand on the rest.
      const keep = Math.min(this.buffer.length, END_OF_DATA.length - 1);
      const ready = this.buffer.length - keep;
      if (ready > 0) {
        const chunk = this.buffer.subarray(0, ready);
        atLineStart = chunk[chunk.length - 1] === NEWLINE;
        this.buffer = this.buffer.subarray(ready);
        yield chunk;
      }
      if (!(await this.more())) {
        throw new BackupFormatError(`The backup is truncated: it ends inside table ${table}`);
      }
    }
  }

  private findEndMarker(atLineStart: boolean): number {
    for (let at = this.buffer.indexOf(END_OF_DATA); at !== -1; at = this.buffer.indexOf(END_OF_DATA, at + 1)) {
      if (at === 0 ? atLineStart : this.buffer[at - 1] === NEWLINE) {
        return at;
      }
    }
    return -1;
  }
}

/** zlib's errors (bad header, bad CRC, unexpected end) mean a damaged file; others pass through. */
function asFormatError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new BackupFormatError(
      `The backup is corrupt or truncated (${(error as Error).message}): not a complete gzip-compressed Groundwork backup`,
    );
  }
  return error;
}
