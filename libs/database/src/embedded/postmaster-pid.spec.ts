import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isPostmasterFor,
  isProcessAlive,
  postmasterPidPath,
  readPostmasterPid,
  findRunningPostmaster,
  stopPid,
} from './postmaster-pid.js';

describe('postmaster.pid handling', () => {
  let dir: string;
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gw-pidfile-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads pid from line 1 and port from line 4, and nothing when the file is absent', async () => {
    expect(await readPostmasterPid(dir)).toBeUndefined();
    await writeFile(postmasterPidPath(dir), `4242\n${dir}\n1700000000\n54321\n\n127.0.0.1\n  1 2\nready   \n`);
    expect(await readPostmasterPid(dir)).toEqual({ pid: 4242, port: 54321 });
    await writeFile(postmasterPidPath(dir), 'garbage');
    expect(await readPostmasterPid(dir)).toEqual({
      pid: undefined,
      port: undefined,
    });
  });

  it('tells live processes from dead ones, and a non-postgres process from a postmaster', async () => {
    expect(await isProcessAlive(process.pid)).toBe(true);
    expect(await isProcessAlive(deadPid)).toBe(false);
    expect(await isPostmasterFor(process.pid, dir)).toBe(false);
  });

  it('removes a pid file whose pid is dead or belongs to an unrelated process', async () => {
    for (const pid of [deadPid, process.pid]) {
      const warnings: string[] = [];
      await writeFile(postmasterPidPath(dir), `${pid}\n${dir}\n0\n5432\n`);
      expect(await findRunningPostmaster(dir, { warn: (msg) => warnings.push(msg) })).toBeUndefined();
      expect(await readPostmasterPid(dir)).toBeUndefined();
      expect(warnings).toEqual([expect.stringContaining(`removed stale ${postmasterPidPath(dir)} (pid ${pid} `)]);
    }
  });

  it('stops with SIGINT, and SIGKILLs a process that ignores it past the grace period', async () => {
    const polite = spawn('sleep', ['30']);
    expect(await stopPid(polite.pid!)).toBe('stopped');
    const stubborn = spawn(process.execPath, [
      '-e',
      "process.on('SIGINT', () => {}); setInterval(() => {}, 1000); console.log('ready')",
    ]);
    // Only once it says so has it installed the handler (a fixed pause is too short on a loaded machine).
    await new Promise((resolve) => stubborn.stdout.once('data', resolve));
    expect(await stopPid(stubborn.pid!, 300)).toBe('killed');
  }, 15_000);
});
