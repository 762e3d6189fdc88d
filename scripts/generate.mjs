// npm run generate -- resource <name> [--owner user] [--fields "title:string(200) done:boolean due:date?"] [--no-openapi]
//
// Writes a complete lib (libs/<name>), its specs (test/<name>), appends the module's export line to
// apps/api/src/features.ts (the one existing line it adds; no other existing file changes), then
// formats the new files and regenerates openapi.json and the typed client.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFields } from './generate/fields.mjs';
import * as templates from './generate/templates.mjs';

const ROOT = join(import.meta.dirname, '..');
const FEATURES_FILE = join(ROOT, 'apps/api/src/features.ts');
// Names the platform, the apps or the URL space already use.
const RESERVED = new Set([
  'api',
  'app',
  'apps',
  'auth',
  'cli',
  'client',
  'docs',
  'health',
  'libs',
  'me',
  'metrics',
  'test',
  'users',
  'worker',
]);

function fail(message) {
  process.stderr.write(`generate: ${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    owner: { type: 'string' },
    fields: { type: 'string', default: 'name:string(200)' },
    'no-openapi': { type: 'boolean', default: false },
  },
});
const [kind, name] = positionals;
if (kind !== 'resource' || name === undefined || positionals.length > 2) {
  fail(
    'usage: npm run generate -- resource <name> [--owner user] [--fields "title:string(200) done:boolean due:date?"]',
  );
}
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 40) {
  fail(`"${name}" is not a resource name: use kebab-case, plural, up to 40 characters (projects, order-lines)`);
}
if (RESERVED.has(name)) {
  fail(`"${name}" is reserved (the platform or the URL space uses it); choose another name`);
}
if (existsSync(join(ROOT, 'libs', name)) || existsSync(join(ROOT, 'test', name))) {
  fail(`"${name}" exists already (libs/${name} or test/${name}); choose another name or remove it first`);
}
if (values.owner !== undefined && values.owner !== 'user') {
  fail(`--owner takes "user" (resources owned by the signed-in user); "${values.owner}" is not supported`);
}
const owner = values.owner === 'user';
let fields;
try {
  fields = parseFields(values.fields);
} catch (error) {
  fail(error.message);
}
if (fields.length === 0) {
  fail('--fields needs at least one field');
}

const n = templates.names(name);
const featureList = readFileSync(FEATURES_FILE, 'utf8');
if (!/^export \{ \w+Module \} from '@groundwork\/[a-z0-9-]+';$/m.test(featureList)) {
  fail('apps/api/src/features.ts has no feature export lines to add the module to');
}
if (featureList.includes(`${n.Plural}Module`)) {
  fail(`${n.Plural}Module is already in apps/api/src/features.ts`);
}

// After every existing migration, so the history stays ordered whatever the clock says.
const stamps = [];
for (const lib of readdirSync(join(ROOT, 'libs'))) {
  const dir = join(ROOT, 'libs', lib, 'src/migrations');
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      const match = /^(\d{13})-/.exec(file);
      if (match) {
        stamps.push(Number(match[1]));
      }
    }
  }
}
const timestamp = Math.max(Date.now(), ...stamps.map((s) => s + 1));

const lib = join(ROOT, 'libs', name, 'src');
const files = {
  [join(lib, 'index.ts')]: templates.index(n),
  [join(lib, `${name}.feature.ts`)]: templates.feature(n, owner, timestamp),
  [join(lib, `${name}.module.ts`)]: templates.module(n),
  [join(lib, `${name}.entity.ts`)]: templates.entity(n, fields, owner),
  [join(lib, `${name}.dto.ts`)]: templates.dto(n, fields, owner),
  [join(lib, `${name}.repository.ts`)]: templates.repository(n, fields, owner),
  [join(lib, `${name}.service.ts`)]: templates.service(n, fields, owner),
  [join(lib, `${name}.service.spec.ts`)]: templates.serviceSpec(n, fields, owner),
  [join(lib, `${name}.controller.ts`)]: templates.controller(n, owner),
  [join(lib, 'migrations', `${timestamp}-${n.Plural}.ts`)]: templates.migration(n, fields, owner, timestamp),
  [join(ROOT, 'test', name, `${name}.sample.ts`)]: templates.sample(n, fields),
  [join(ROOT, 'test', name, `${name}.fixture.ts`)]: templates.fixture(n, owner),
  [join(ROOT, 'test', name, `${name}.e2e-spec.ts`)]: templates.e2eSpec(n, fields, owner),
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// The one existing line: the module's export, appended (the app wires the modules by name, not line order).
const featureLine = `export { ${n.Plural}Module } from '@groundwork/${name}';\n`;
writeFileSync(FEATURES_FILE, `${featureList}${featureList.endsWith('\n') ? '' : '\n'}${featureLine}`);

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
run(process.execPath, [
  join(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
  '--write',
  '--log-level',
  'warn',
  `libs/${name}`,
  `test/${name}`,
]);
if (!values['no-openapi']) {
  run('npm', ['run', '--silent', 'build']);
  run('npm', ['run', '--silent', 'openapi:generate']);
  run('npm', ['run', '--silent', 'client:generate']);
}

process.stdout.write(`
Generated the ${name} lib (${owner ? 'owned by the signed-in user' : 'admin-only'}) and added ${n.Plural}Module to apps/api/src/features.ts.
Next:
  libs/${name}/src/${name}.service.ts      the rules (the generated ones are plain CRUD)
  libs/${name}/src/${name}.dto.ts          field docs, examples and filters
  test/${name}/${name}.e2e-spec.ts         the behaviour you add
  npm run check && npx jest libs/${name} test/${name}
After changing the entity: npm run build && npm run cli -- migration:generate <Name>
`);
