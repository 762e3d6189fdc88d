import fs from 'node:fs';
import { turnBatchedStdout } from './turn-batched-stdout.js';

describe('turnBatchedStdout', () => {
  const writeSync = fs.writeSync;
  let written: string[];

  beforeEach(() => {
    written = [];
    // sonic-boom writes through fs.writeSync: lines to fd 1 are recorded here instead of printed.
    fs.writeSync = ((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
      if (fd !== 1) {
        return Reflect.apply(writeSync, fs, [fd, data, ...rest]) as number;
      }
      const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
      written.push(text);
      return Buffer.byteLength(text);
    }) as typeof fs.writeSync;
  });

  afterEach(() => {
    fs.writeSync = writeSync;
  });

  const turnEnd = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it("writes a turn's lines together once the turn ends, in order", async () => {
    const out = turnBatchedStdout();
    out.write('one\n');
    out.write('two\n');
    out.write('three\n');
    expect(written).toEqual([]);
    await turnEnd();
    await turnEnd();
    expect(written).toEqual(['one\ntwo\nthree\n']);

    out.write('four\n');
    await turnEnd();
    await turnEnd();
    expect(written).toEqual(['one\ntwo\nthree\n', 'four\n']);
  });

  it('writes at once when a turn has produced more than a batch', async () => {
    const out = turnBatchedStdout();
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 9; i++) {
      out.write(line);
    }
    expect(written.join('').length).toBeGreaterThanOrEqual(8 * 1024);
    await turnEnd();
    await turnEnd();
    expect(written.join('')).toBe(line.repeat(9));
  });

  it('writes what is pending at once when asked (as the process exits)', () => {
    const out = turnBatchedStdout();
    out.write('last words\n');
    out.flushNow();
    expect(written).toEqual(['last words\n']);
  });

  it('is one destination per process', () => {
    expect(turnBatchedStdout()).toBe(turnBatchedStdout());
  });
});
