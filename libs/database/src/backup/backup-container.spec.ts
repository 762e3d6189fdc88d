import { PassThrough, Readable } from 'node:stream';
import { BACKUP_FORMAT, BackupFormatError, type BackupHeader, type BackupManifest } from './backup-format.js';
import { readBackup, type BackupEvent } from './backup-reader.js';
import { BackupWriter } from './backup-writer.js';

const header: BackupHeader = {
  format: BACKUP_FORMAT,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  server: 'PostgreSQL',
  migrations: ['First1000000000000', 'Second2000000000000'],
  tables: [
    { name: 'parents', columns: ['id', 'note'] },
    { name: 'children', columns: ['id', 'parent_id'] },
    { name: 'empty', columns: ['id'] },
  ],
};

// Values that look like the container's own markers, escaped as COPY escapes them.
const rows: Record<string, string[]> = {
  parents: ['1\t\\\\.\n', '2\t.\n', '3\t\\N\n', '4\ta\\\\\\.b\n'],
  children: ['10\t1\n', '11\t2\n'],
  empty: [],
};

async function write(): Promise<Buffer> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => parts.push(chunk));
  const writer = new BackupWriter(sink);
  await writer.header(header);
  for (const table of header.tables) {
    await writer.table(table.name, Readable.from((rows[table.name] ?? []).map((row) => Buffer.from(row))), () => 0);
  }
  await writer.finish();
  return Buffer.concat(parts);
}

/** Feeds the bytes in chunks of `size` so markers land across chunk boundaries. */
async function read(bytes: Buffer, size = 7): Promise<{ events: BackupEvent[]; data: Record<string, string> }> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    chunks.push(bytes.subarray(at, at + size));
  }
  const events: BackupEvent[] = [];
  const data: Record<string, string> = {};
  let current = '';
  for await (const event of readBackup(Readable.from(chunks))) {
    events.push(event);
    if (event.kind === 'table') {
      current = event.name;
      data[current] = '';
    } else if (event.kind === 'rows') {
      data[current] = (data[current] ?? '') + event.chunk.toString();
    }
  }
  return { events, data };
}

describe('The backup container', () => {
  it.each([1, 2, 3, 7, 64, 100_000])(
    'round-trips every table byte for byte when read %i bytes at a time',
    async (size) => {
      const { events, data } = await read(await write(), size);
      for (const table of header.tables) {
        expect(data[table.name]).toBe((rows[table.name] ?? []).join(''));
      }
      const end = events.at(-1);
      expect(end?.kind).toBe('end');
      const manifest = (end as { manifest: BackupManifest }).manifest;
      expect(manifest.head).toBe('Second2000000000000');
      expect(manifest.tables.map((table) => [table.name, table.rows])).toEqual([
        ['parents', 4],
        ['children', 2],
        ['empty', 0],
      ]);
    },
  );

  it('refuses a file cut anywhere before its end', async () => {
    const bytes = await write();
    for (let length = 0; length < bytes.length; length += 13) {
      await expect(read(bytes.subarray(0, length))).rejects.toThrow(BackupFormatError);
    }
    await expect(read(bytes.subarray(0, bytes.length - 1))).rejects.toThrow(BackupFormatError);
  });

  it('refuses a changed value, a changed count and data after the trailer', async () => {
    const bytes = await write();
    const text = bytes.toString();
    await expect(read(Buffer.from(text.replace('11\t2', '11\t1')))).rejects.toThrow(/children does not match/);
    await expect(read(Buffer.from(text.replace('"rows":2,', '"rows":3,')))).rejects.toThrow(/children does not match/);
    await expect(read(Buffer.concat([bytes, Buffer.from('x')]))).rejects.toThrow(/after its trailer/);
    await expect(read(Buffer.from(text.replace('"createdAt":"2026', '"createdAt":"2027')))).rejects.toThrow(
      /checksum does not match/,
    );
  });

  it('refuses a newer format version and a file that is not a backup', async () => {
    const newer = (await write()).toString().replace('"version":1', '"version":2');
    await expect(read(Buffer.from(newer))).rejects.toThrow(/format version 2; this build reads version 1/);
    await expect(read(Buffer.from('hello\n'))).rejects.toThrow(/Not a Groundwork backup/);
    await expect(read(Buffer.alloc(0))).rejects.toThrow(/empty/);
  });
});
