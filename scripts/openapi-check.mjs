// Regenerates the OpenAPI document from the code and compares it with the committed openapi.json.
//   node scripts/openapi-check.mjs            fails (exit 1) with a summary when they differ
//   node scripts/openapi-check.mjs --write    rewrites openapi.json instead
// Either way dist/ is rebuilt first if any source is newer (--build forces it).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBuild, ROOT, run } from './build-fresh.mjs';
import { describeChanges } from './openapi-diff.mjs';

const COMMITTED = join(ROOT, 'openapi.json');

ensureFreshBuild();
const dir = mkdtempSync(join(tmpdir(), 'gw-openapi-'));
const fresh = join(dir, 'openapi.json');
try {
  run(process.execPath, ['dist/apps/cli/src/main.js', 'openapi', '--out', fresh], 'Generating the OpenAPI document');
  const generated = readFileSync(fresh, 'utf8');
  if (process.argv.includes('--write')) {
    writeFileSync(COMMITTED, generated);
    process.stdout.write('Wrote openapi.json\n');
  } else {
    let committed;
    try {
      committed = readFileSync(COMMITTED, 'utf8');
    } catch {
      process.stderr.write('openapi.json is missing: run `npm run openapi:generate` and commit it\n');
      process.exit(1);
    }
    if (committed === generated) {
      process.stdout.write('openapi.json matches the code\n');
    } else {
      const changes = describeChanges(JSON.parse(committed), JSON.parse(generated));
      process.stderr.write(
        `openapi.json is out of date with the code (${changes.length} change(s)):\n` +
          changes.map((line) => `  ${line}`).join('\n') +
          '\nIf the API change is intended, run `npm run openapi:generate && npm run client:generate` and commit both.\n',
      );
      process.exit(1);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
