import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfile } from './deployment-facts.js';

const ROOT = join(import.meta.dirname, '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The memory settings take effect only in the process's environment at start: every start path sets them. */
describe('Runtime memory settings', () => {
  const image = dockerfile().env;

  it('the image sets the semi-space size and leaves glibc malloc at its defaults', () => {
    expect(image).toMatchObject({ NODE_OPTIONS: '--max-semi-space-size=8' });
    // Fewer arenas or a fixed mmap threshold make every argon2 hash page-fault a fresh 19 MiB buffer:
    // sign-ins fell to a half (MALLOC_ARENA_MAX=2) or a third (MALLOC_MMAP_THRESHOLD_) on a quiet run.
    expect(Object.keys(image).filter((name) => name.startsWith('MALLOC_'))).toEqual([]);
  });

  it.each(['start', 'start:prod', 'start:worker'])('npm run %s starts node with the same', (name) => {
    const script = scripts[name] ?? '';
    expect(script).toContain(`node ${image.NODE_OPTIONS} dist/`);
  });
});
