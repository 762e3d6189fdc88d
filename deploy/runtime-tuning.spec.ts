import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfile } from './deployment-facts.js';

const ROOT = join(import.meta.dirname, '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The memory settings take effect only in the process's environment at start: every start path sets them. */
describe('Runtime memory settings', () => {
  const image = dockerfile().env;

  it('the image sets glibc arenas, a fixed mmap threshold and the semi-space size', () => {
    expect(image).toMatchObject({
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '131072',
      NODE_OPTIONS: '--max-semi-space-size=8',
    });
  });

  it.each(['start', 'start:prod', 'start:worker'])('npm run %s starts node with the same', (name) => {
    const script = scripts[name] ?? '';
    expect(script).toContain(
      `MALLOC_ARENA_MAX=${image.MALLOC_ARENA_MAX} MALLOC_MMAP_THRESHOLD_=${image.MALLOC_MMAP_THRESHOLD_} node ${image.NODE_OPTIONS} dist/`,
    );
  });
});
