import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// The built CLI, exactly what `npm run cli` runs.
const CLI = fileURLToPath(new URL('../../dist/apps/cli/src/main.js', import.meta.url));
const CLI_TIMEOUT_MS = 20_000;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export type CliEnv = Record<string, string | undefined>;
type Env = CliEnv;

/** What every run gets; `extra` wins, and undefined removes a variable inherited from the runner. */
function cliEnv(extra: Env): Record<string, string> {
  const merged: Env = {
    ...process.env,
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'info',
    // Plain text to match against, whatever the runner's terminal supports.
    NO_COLOR: '1',
    REDIS_URL: undefined,
    SMTP_URL: undefined,
    EMBEDDED_DATABASE_DIR: undefined,
    ...extra,
  };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const shellQuote = (arg: string): string => `'${arg.replaceAll("'", `'\\''`)}'`;

export interface CliRunOptions {
  /** What the operator types on a terminal (see runCli). */
  typed?: string;
  /** Killed past this; the default suits quick commands, not a backup of many rows. */
  timeoutMs?: number;
}

/**
 * Runs one CLI command to completion. Without `typed`, stdin is not a terminal, as in CI or a pipe;
 * with it, the command runs on a pseudo-terminal (util-linux `script`) and `typed` is what the
 * operator types (its echo lands in stdout, with everything the command prints).
 */
export function runCli(
  args: string[],
  env: Env,
  { typed, timeoutMs = CLI_TIMEOUT_MS }: CliRunOptions = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] =
      typed === undefined
        ? [process.execPath, [CLI, ...args]]
        : ['script', ['-qec', [process.execPath, CLI, ...args].map(shellQuote).join(' '), '/dev/null']];
    const child = spawn(command, commandArgs, { env: cliEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(typed);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A command that hangs (an open handle, a prompt) fails here instead of at jest's timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Passes a successful run through; a failed one fails the test with everything the CLI printed. */
export function succeeded(result: CliResult): CliResult {
  if (result.code !== 0) {
    throw new Error(`CLI exited with ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  }
  return result;
}
