import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ScratchTree, scratchTree } from '../support/scratch-tree.js';

// The generator's promise, proven on a scratch copy of the tree: a generated resource adds one line
// to apps/api/src/features.ts and changes no other existing line (openapi.json and the typed client
// are regenerated, as for any API change); its files pass the formatter, lint and the type checker;
// its own unit specs and end-to-end spec pass on PostgreSQL. The whole `npm run check` is not run on
// the copy (minutes on a 2-core machine): the build (which type-checks the app and libs), eslint and
// tsc on the new files, and the OpenAPI lint are the parts the new files can break.

const NAME = 'widgets';
const FIELDS =
  'title:string(120) notes:text? size:integer price:decimal(8,2)? done:boolean due:date? at:datetime? kind:enum(small|large) partId:uuid?';
const NEW_PATHS = [`libs/${NAME}`, `test/${NAME}`];
/** The proof suites that enumerate the registered fixtures, so they attack the new kind as they find it. */
const PROOF_SUITES = [
  'test/owasp/api1-broken-object-level-authorization.e2e-spec.ts',
  'test/owasp/api3-broken-object-property-level-authorization.e2e-spec.ts',
  'test/owasp/api5-broken-function-level-authorization.e2e-spec.ts',
  'test/fuzz/openapi-fuzz.e2e-spec.ts',
];
const REGENERATED = new Set(['openapi.json', 'libs/client/src/schema.d.ts']);
const MINUTES = 60_000;

describe('npm run generate -- resource, in a scratch copy of the tree', () => {
  let tree: ScratchTree;
  // The generated specs run while lint and the type checker do (they mostly wait on the database).
  let ownTests: Promise<{ stderr: string }> | undefined;
  const node = (script: string, args: string[], env?: Record<string, string>) =>
    tree.run(process.execPath, [script, ...args], env);

  beforeAll(async () => {
    tree = await scratchTree('gw-generate-');
  }, MINUTES);
  afterAll(() => tree.remove());

  it('refuses a reserved, an existing or a malformed name, and a bad field, saying why, and writes nothing', async () => {
    const attempt = (...args: string[]) =>
      node('scripts/generate.mjs', ['resource', ...args, '--no-openapi']).then(
        () => '',
        (error: unknown) => (error as Error).message,
      );
    expect(await attempt('users')).toMatch(/"users" is reserved/);
    expect(await attempt('Projects')).toMatch(/not a resource name: use kebab-case/);
    expect(await attempt('gadgets', '--fields', 'size:bigness')).toMatch(/size: unknown type "bigness"/);
    expect(await attempt('gadgets', '--fields', 'id:uuid')).toMatch(/"id" is reserved/);
    const { stdout } = await tree.run('git', ['status', '--porcelain']);
    expect(stdout).toBe('');
  });

  it(
    'writes a lib, its specs and the regenerated contract, changing one existing line: the module in features.ts',
    async () => {
      // The full command: it builds, regenerates openapi.json and the client (the build is reused below).
      await tree.run('npm', [
        'run',
        '--silent',
        'generate',
        '--',
        'resource',
        NAME,
        '--owner',
        'user',
        '--fields',
        FIELDS,
      ]);

      const { stdout: numstat } = await tree.run('git', ['diff', '--numstat']);
      const edits = numstat
        .trim()
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([, , file]) => !REGENERATED.has(file ?? ''));
      expect(edits).toEqual([['1', '0', 'apps/api/src/features.ts']]);
      const { stdout: added } = await tree.run('git', ['diff', '-U0', 'apps/api/src/features.ts']);
      expect(added).toContain(`+export { WidgetsModule } from '@groundwork/${NAME}';`);
      // The contract did change: the new paths are in it.
      const { stdout: contract } = await tree.run('git', ['diff', '-U0', 'openapi.json']);
      expect(contract).toContain(`"/api/v1/${NAME}/{id}"`);

      // Everything else is new, under the lib's and its specs' folders.
      const { stdout: status } = await tree.run('git', ['status', '--porcelain', '--untracked-files=all']);
      const untracked = status
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('?? '))
        .map((line) => line.slice(3));
      expect(untracked.length).toBeGreaterThanOrEqual(10);
      expect(untracked.filter((file) => !NEW_PATHS.some((path) => file.startsWith(`${path}/`)))).toEqual([]);

      // One database server: the generated spec runs on every server the suite finds; the embedded one
      // is proven by the project's own suites.
      const url = process.env.GW_TEST_POSTGRES_URL ?? process.env.GW_TEST_EMBEDDED_URL ?? '';
      ownTests = node(
        'node_modules/jest/bin/jest.js',
        // One process (it runs beside the other suites of npm test); it must end even if a suite leaves a handle open.
        ['--forceExit', '--runInBand', `libs/${NAME}`, `test/${NAME}`, ...PROOF_SUITES],
        { TEST_EMBEDDED: 'false', TEST_DATABASE_URL: url },
      );
      // Awaited by its own test below; this keeps a failure from being reported as unhandled meanwhile.
      ownTests.catch(() => undefined);
    },
    5 * MINUTES,
  );

  it(
    'the new files pass the formatter, lint (no warning) and the type checker, and the contract its lint',
    async () => {
      await node('node_modules/prettier/bin/prettier.cjs', ['--check', ...NEW_PATHS]);
      await node('node_modules/eslint/bin/eslint.js', ['--max-warnings', '0', ...NEW_PATHS]);
      // The build type-checked the lib's sources; this covers its unit specs and test/<name> too.
      writeFileSync(
        join(tree.dir, 'tsconfig.generated.json'),
        JSON.stringify({ extends: './tsconfig.json', include: NEW_PATHS.map((path) => `${path}/**/*.ts`) }),
      );
      await node('node_modules/typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.generated.json']);
      await tree.run('npm', ['run', '--silent', 'lint:openapi']);
    },
    5 * MINUTES,
  );

  it(
    'its own unit specs and end-to-end spec pass on PostgreSQL, and the proof suites attack it through its fixture',
    async () => {
      if (ownTests === undefined) {
        throw new Error('the resource was not generated (see the test above)');
      }
      const { stderr } = await ownTests;
      expect(stderr).toMatch(
        new RegExp(`Test Suites: ${2 + PROOF_SUITES.length} passed, ${2 + PROOF_SUITES.length} total`),
      );
      // The proof suites found the new kind through its fixture, with no hand edit.
      expect(stderr).toContain(`PASS e2e test/owasp/api1-broken-object-level-authorization.e2e-spec.ts`);
      expect(stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    },
    5 * MINUTES,
  );
});
