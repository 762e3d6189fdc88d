import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dockerfile } from './deployment-facts.js';

const ROOT = join(import.meta.dirname, '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The memory settings take effect only in the process's environment at start: every start path sets them. */
describe('Runtime memory settings', () => {
  const image = dockerfile().env;

  it('the image sets glibc arenas and the semi-space size, and no fixed mmap threshold', () => {
    expect(image).toMatchObject({ MALLOC_ARENA_MAX: '2', NODE_OPTIONS: '--max-semi-space-size=8' });
    // A fixed threshold mmaps every argon2 buffer afresh: its page faults cut sign-ins to under a third.
    expect(image).not.toHaveProperty('MALLOC_MMAP_THRESHOLD_');
  });

  it.each(['start', 'start:prod', 'start:worker'])('npm run %s starts node with the same', (name) => {
    const script = scripts[name] ?? '';
    expect(script).toContain(`MALLOC_ARENA_MAX=${image.MALLOC_ARENA_MAX} node ${image.NODE_OPTIONS} dist/`);
  });
});
