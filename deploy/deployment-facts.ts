import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the deployment files must agree with, read from the app itself: the committed OpenAPI
 * document (drift-checked against the code), the CLI's command names, the build's entry points
 * and the Dockerfile.
 */
export const ROOT = join(import.meta.dirname, '..');

export function apiPaths(): Set<string> {
  const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as { paths: Record<string, unknown> };
  return new Set(Object.keys(document.paths));
}

/** The paths apps/worker's own health server answers (it is not in the OpenAPI document). */
export function workerHealthPaths(): Set<string> {
  const source = readFileSync(join(ROOT, 'apps/worker/src/health-server.ts'), 'utf8');
  return new Set([...source.matchAll(/path === '(\/[^']+)'/g)].map((match) => match[1] ?? ''));
}

/** `nest-commander` command names declared under apps/cli. */
export function cliCommands(): Set<string> {
  const dir = join(ROOT, 'apps/cli/src/commands');
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))) {
    for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(/@Command\(\{\s*name: '([^']+)'/g)) {
      if (name !== undefined) {
        names.add(name);
      }
    }
  }
  return names;
}

/** A built script path (dist/apps/x/src/main.js) is produced from a source file that exists. */
export function builtFromSource(script: string): boolean {
  const match = /^dist\/(.+)\.js$/.exec(script);
  return match !== null && existsSync(join(ROOT, `${match[1]}.ts`));
}

/**
 * Checks a container command line: `node <built script> [cli command]`. Returns the problems.
 * For the CLI's entry the next argument must be one of its commands.
 */
export function commandProblems(argv: string[]): string[] {
  const [binary, script, command] = argv;
  const problems: string[] = [];
  if (binary !== 'node') {
    problems.push(`runs ${binary}, not node`);
  }
  if (script === undefined || !builtFromSource(script)) {
    problems.push(`${script} is not built from any source file`);
  }
  if (script === 'dist/apps/cli/src/main.js' && (command === undefined || !cliCommands().has(command))) {
    problems.push(`the CLI has no command ${command}`);
  }
  return problems;
}

/** Variables the image sets for glibc and Node themselves, read before the app starts (not app config). */
export const PROCESS_ENV = ['NODE_OPTIONS'];

export interface DockerfileFacts {
  cmd: string[];
  expose: number;
  healthPath: string;
  user: string;
  env: Record<string, string>;
}

/** The runtime stage of the Dockerfile: CMD, EXPOSE, HEALTHCHECK path, USER and ENV. */
export function dockerfile(): DockerfileFacts {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const stages = text.split(/^FROM /m);
  const runtime = stages[stages.length - 1] ?? '';
  const line = (instruction: string): string => {
    const found = new RegExp(`^${instruction}\\s+(.+)$`, 'm').exec(runtime)?.[1];
    if (found === undefined) {
      throw new Error(`The Dockerfile's runtime stage has no ${instruction}`);
    }
    return found.trim();
  };
  const env: Record<string, string> = {};
  for (const pair of line('ENV').split(/\s+/)) {
    // Split at the first '=' only: a value may hold one (NODE_OPTIONS=--flag=value).
    const at = pair.indexOf('=');
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return {
    cmd: JSON.parse(line('CMD')) as string[],
    expose: Number(line('EXPOSE')),
    // The quoted path in the health command: '/health/live'.
    healthPath: /'(\/[^']*)'/.exec(line('HEALTHCHECK'))?.[1] ?? '',
    user: line('USER'),
    env,
  };
}

/** The path of a URL written in a probe or health command, e.g. http://127.0.0.1:3000/health/ready. */
export function pathOf(url: string): { port: number; path: string } | undefined {
  const [, port, path] = /https?:\/\/[^/:'"]+:(\d+)(\/[^'"\s)]*)/.exec(url) ?? [];
  return port === undefined || path === undefined ? undefined : { port: Number(port), path };
}
