// Generates the typed client's schema (libs/client/src/schema.d.ts) from the committed openapi.json.
//   node scripts/client-generate.mjs           writes it
//   node scripts/client-generate.mjs --check   fails (exit 1) when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { ROOT } from './build-fresh.mjs';

const SOURCE = join(ROOT, 'openapi.json');
const TARGET = join(ROOT, 'libs/client/src/schema.d.ts');
const HEADER =
  '// Generated from openapi.json by `npm run client:generate` (openapi-typescript); do not edit.\n' +
  '// `npm run client:check` fails when it is out of date with the contract.\n\n';

async function generate() {
  const document = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false });
  const text = HEADER + astToString(ast);
  // Formatted like the rest of the repo, so `prettier --check .` needs no exception for it.
  const options = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(text, { ...options, filepath: TARGET });
}

const generated = await generate();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    // Reported below as out of date.
  }
  if (committed !== generated) {
    process.stderr.write(
      'libs/client/src/schema.d.ts is out of date with openapi.json: run `npm run client:generate` and commit it\n',
    );
    process.exit(1);
  }
  process.stdout.write('libs/client/src/schema.d.ts matches openapi.json\n');
} else {
  writeFileSync(TARGET, generated);
  process.stdout.write('Wrote libs/client/src/schema.d.ts\n');
}
