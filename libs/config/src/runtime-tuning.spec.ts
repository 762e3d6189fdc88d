import { jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import {
  defaultHashConcurrency,
  environmentWithDotenv,
  HEAP_GROWING_PERCENT,
  threadPoolSize,
  tuneHeap,
} from './runtime-tuning.js';

describe('threadPoolSize', () => {
  it('has one thread per hash that may run at once', () => {
    expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: '3' })).toBe(3);
    expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: '16' })).toBe(16);
    expect(threadPoolSize({})).toBe(defaultHashConcurrency());
  });

  it("falls back to the default for a value the config's validation refuses", () => {
    for (const value of ['0', '65', '2.5', 'many', '']) {
      expect(threadPoolSize({ PASSWORD_HASH_CONCURRENCY: value })).toBe(defaultHashConcurrency());
    }
  });
});

describe('tuneHeap', () => {
  it("sets V8's heap growing factor, unless the command line gives one", () => {
    const set = jest.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
    try {
      expect(tuneHeap(['--max-semi-space-size=8'])).toBe(true);
      expect(set).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      set.mockClear();
      expect(tuneHeap(['--heap-growing-percent=200'])).toBe(false);
      expect(tuneHeap(['--heap_growing_percent=200'])).toBe(false);
      expect(set).not.toHaveBeenCalled();
    } finally {
      set.mockRestore();
    }
  });
});

describe('environmentWithDotenv', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-dotenv-'));
    writeFileSync(join(dir, '.env'), 'PASSWORD_HASH_CONCURRENCY=3\nUV_THREADPOOL_SIZE=6\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .env under the process environment, which wins', () => {
    const env = environmentWithDotenv({ UV_THREADPOOL_SIZE: '5' }, join(dir, '.env'));
    expect(env.PASSWORD_HASH_CONCURRENCY).toBe('3');
    expect(env.UV_THREADPOOL_SIZE).toBe('5');
    expect(threadPoolSize(env)).toBe(3);
  });

  it('ignores .env in tests, as the config does, and a missing file', () => {
    expect(environmentWithDotenv({ NODE_ENV: 'test' }, join(dir, '.env')).PASSWORD_HASH_CONCURRENCY).toBeUndefined();
    expect(environmentWithDotenv({}, join(dir, 'missing.env'))).toEqual({});
  });
});
