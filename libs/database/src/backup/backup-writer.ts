import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import {
  END_OF_DATA,
  NEWLINE,
  countLines,
  type BackupHeader,
  type BackupTableSummary,
  type BackupTrailer,
} from './backup-format.js';

/** Writes the backup container (see backup-format.ts) to a stream, honouring its backpressure. */
export class BackupWriter {
  private readonly total = createHash('sha256');
  private readonly summaries: BackupTableSummary[] = [];

  /** `sink` is the compressing stream; it is ended by finish(). */
  constructor(private readonly sink: Writable) {}

  header(header: BackupHeader): Promise<void> {
    return this.line(JSON.stringify(header), this.total);
  }

  /** Writes one table's COPY text as it streams in; `onRows` reports progress. */
  async table(name: string, rows: AsyncIterable<Buffer>, onRows: (count: number) => void): Promise<void> {
    await this.line(JSON.stringify({ table: name }), this.total);
    const hash = createHash('sha256');
    let count = 0;
    let last = NEWLINE;
    for await (const chunk of rows) {
      if (chunk.length === 0) {
        continue;
      }
      hash.update(chunk);
      const lines = countLines(chunk);
      count += lines;
      onRows(lines);
      last = chunk[chunk.length - 1] ?? NEWLINE;
      await this.write(chunk, this.total);
    }
    if (last !== NEWLINE) {
      throw new Error(`COPY output of ${name} did not end with a newline`);
    }
    await this.write(END_OF_DATA, this.total);
    this.summaries.push({ name, rows: count, sha256: hash.digest('hex') });
  }

  get tables(): readonly BackupTableSummary[] {
    return this.summaries;
  }

  /** Writes the trailer and waits until the sink has flushed everything. */
  async finish(): Promise<BackupTrailer> {
    const trailer: BackupTrailer = { end: true, tables: this.summaries, sha256: this.total.digest('hex') };
    await this.line(JSON.stringify(trailer));
    this.sink.end();
    await finished(this.sink);
    return trailer;
  }

  private line(text: string, hash?: Hash): Promise<void> {
    return this.write(Buffer.from(`${text}\n`, 'utf8'), hash);
  }

  private async write(chunk: Buffer, hash?: Hash): Promise<void> {
    hash?.update(chunk);
    if (!this.sink.write(chunk)) {
      await once(this.sink, 'drain');
    }
  }
}
