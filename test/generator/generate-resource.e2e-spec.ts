import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

// The generator's promise, proven on a scratch copy of the tree: a generated resource passes
// `npm run check` and its own unit and end-to-end tests at once, having added one line to
// apps/api/src/features.ts and changed no existing line anywhere (openapi.json and the typed client
// are regenerated, as they are for any API change).

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const TEN_MINUTES = 600_000;

/** Runs a command in the scratch tree; the output is in the failure message when it fails. */
async function inScratch(dir: string, command: string, args: string[], env: Record<string, string> = {}) {
  try {
    return await run(command, args, { cwd: dir, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`.slice(-8000), {
      cause: error,
    });
  }
}

// Minutes of work (a copy, a build, check, nested suites): kept out of the timed `npm test` budget and
// run on demand with GW_PROVE_GENERATOR=1 npx jest test/generator.
const prove = process.env.GW_PROVE_GENERATOR === '1' ? describe : describe.skip;

prove('npm run generate -- resource', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'gw-generate-'));
    // The tree as git sees it (tracked and new files, nothing ignored), with the installed packages.
    const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT });
    for (const file of stdout.split('\0').filter(Boolean)) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      cpSync(join(ROOT, file), join(scratch, file));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base'],
    ]) {
      await inScratch(scratch, 'git', args);
    }
  }, TEN_MINUTES);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses a reserved, an existing or a malformed name, and a bad field, saying why', async () => {
    const attempt = (...args: string[]) =>
      inScratch(scratch, process.execPath, ['scripts/generate.mjs', 'resource', ...args, '--no-openapi']).then(
        () => '',
        (error: unknown) => (error as Error).message,
      );
    expect(await attempt('users')).toMatch(/"users" is reserved/);
    expect(await attempt('Projects')).toMatch(/not a resource name: use kebab-case/);
    expect(await attempt('gadgets', '--fields', 'size:bigness')).toMatch(/size: unknown type "bigness"/);
    expect(await attempt('gadgets', '--fields', 'id:uuid')).toMatch(/"id" is reserved/);
    const { stdout } = await inScratch(scratch, 'git', ['status', '--porcelain']);
    expect(stdout).toBe('');
  });

  it(
    'writes a lib that passes check and its own tests, changing one place in one existing file',
    async () => {
      await inScratch(scratch, 'npm', [
        'run',
        'generate',
        '--',
        'resource',
        'widgets',
        '--owner',
        'user',
        '--fields',
        'title:string(120) notes:text? size:integer price:decimal(8,2)? done:boolean due:date? at:datetime? kind:enum(small|large) partId:uuid?',
      ]);

      const { stdout: changed } = await inScratch(scratch, 'git', ['diff', '--numstat']);
      const edits = changed
        .trim()
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([, , file]) => file !== 'openapi.json' && file !== 'libs/client/src/schema.d.ts');
      // One added line (the module's export), none removed, in features.ts only.
      expect(edits).toEqual([['1', '0', 'apps/api/src/features.ts']]);
      const { stdout: added } = await inScratch(scratch, 'git', ['diff', '-U0', 'apps/api/src/features.ts']);
      expect(added).toContain("+export { WidgetsModule } from '@groundwork/widgets';");

      await inScratch(scratch, 'npm', ['run', 'check']);
      // One database server is enough here: the suites' own runs cover both.
      const url = process.env.GW_TEST_POSTGRES_URL ?? process.env.GW_TEST_EMBEDDED_URL ?? '';
      const { stderr } = await inScratch(
        scratch,
        process.execPath,
        [
          'node_modules/jest/bin/jest.js',
          // The nested run must end even if a suite leaves a handle open.
          '--forceExit',
          'libs/widgets',
          'test/widgets',
          'test/platform/database.e2e-spec.ts',
          'test/owasp/api1-broken-object-level-authorization.e2e-spec.ts',
        ],
        { TEST_EMBEDDED: 'false', TEST_DATABASE_URL: url },
      );
      expect(stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    },
    TEN_MINUTES,
  );
});
