import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;

/** The newest mtime under dir: files that feed the build, and folders (a deleted file touches its folder). */
function newest(dir, accept) {
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      latest = Math.max(latest, newest(path, accept));
    } else if (accept(entry.name)) {
      latest = Math.max(latest, statSync(path).mtimeMs);
    }
  }
  return latest;
}

/** The oldest emitted file: the build is at least as old as that. */
function oldest(dir) {
  let earliest = Infinity;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      earliest = Math.min(earliest, oldest(path));
    } else if (entry.name.endsWith('.js')) {
      earliest = Math.min(earliest, statSync(path).mtimeMs);
    }
  }
  return earliest;
}

function isStale() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'apps/cli/src/main.js'))) {
    return true;
  }
  const source = (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts');
  const inputs = Math.max(
    newest(join(ROOT, 'apps'), source),
    newest(join(ROOT, 'libs'), source),
    ...['nest-cli.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(join(ROOT, f)).mtimeMs),
  );
  return inputs > Math.min(oldest(join(dist, 'apps')), oldest(join(dist, 'libs')));
}

/** Runs a command from the repo root, quietly; its output is shown only when it fails. */
export function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}\n${what} failed (exit ${result.status})\n`);
    process.exit(1);
  }
  return result.stdout;
}

/**
 * The OpenAPI document comes from the compiled code (the Swagger plugin runs at build time),
 * so rebuild dist/ when any source is newer than it, or always with --build.
 */
export function ensureFreshBuild(force = process.argv.includes('--build')) {
  if (!force && !isStale()) {
    return;
  }
  process.stderr.write('Building (dist/ is older than the sources)...\n');
  run('npm', ['run', '--silent', 'build'], 'npm run build');
}
