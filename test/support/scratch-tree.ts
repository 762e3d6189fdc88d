import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

export interface ScratchTree {
  dir: string;
  /** Runs a command in the copy; a failure's message carries the command's output (its tail). */
  run(command: string, args: string[], env?: Record<string, string>): Promise<{ stdout: string; stderr: string }>;
  remove(): void;
}

/**
 * A throwaway copy of the working tree as git sees it (tracked and new files, nothing ignored: no
 * dist/, no data/), committed in a repository of its own so `git diff` and `git status` show what a
 * command changed, with the installed packages linked in. Seconds: the tree is a few MB.
 */
export async function scratchTree(prefix = 'gw-scratch-'): Promise<ScratchTree> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // mkdtemp makes it 0700; an embedded server in it runs as the postgres user when tests run as root.
  chmodSync(dir, 0o755);
  const run: ScratchTree['run'] = async (command, args, env = {}) => {
    try {
      return await execFileAsync(command, args, {
        cwd: dir,
        env: { ...process.env, ...env },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`.slice(-8000), {
        cause: error,
      });
    }
  };
  const { stdout } = await execFileAsync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT });
  for (const file of stdout.split('\0').filter(Boolean)) {
    // A tracked file deleted in the working tree is not part of it.
    if (existsSync(join(ROOT, file))) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await run('git', ['init', '-q']);
  await run('git', ['add', '-A']);
  await run('git', ['-c', 'user.name=scratch', '-c', 'user.email=scratch@localhost', 'commit', '-qm', 'base']);
  return { dir, run, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
