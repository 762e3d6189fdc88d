import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPostgresCanReach, findUntraversable } from './root-access.js';

describe('postgres user reachability', () => {
  let root: string;
  let locked: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gw-reach-'));
    await chmod(root, 0o755);
    locked = join(root, 'locked');
    await mkdir(join(locked, 'inner'), { recursive: true });
    await chmod(locked, 0o700);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds the first ancestor others cannot traverse', async () => {
    expect(await findUntraversable(join(locked, 'inner'))).toBe(locked);
    expect(await findUntraversable(root)).toBeUndefined();
  });

  it('lets the owner of a 0700 directory through', async () => {
    const { uid, gid } = await stat(locked);
    expect(await findUntraversable(join(locked, 'inner'), { uid, gid })).toBeUndefined();
  });

  it('names the blocking directory and both fixes', async () => {
    await expect(assertPostgresCanReach(join(locked, 'inner', 'pg'), root)).rejects.toThrow(
      `cannot traverse ${locked} (an ancestor of ${join(locked, 'inner', 'pg')}). Fix: chmod o+x ${locked}, or set EMBEDDED_DATABASE_DIR`,
    );
    await expect(assertPostgresCanReach(join(root, 'pg'), join(locked, 'inner'))).rejects.toThrow(
      `to reach the PostgreSQL binaries in ${join(locked, 'inner')}. Fix: chmod o+x ${locked}.`,
    );
    await expect(assertPostgresCanReach(join(root, 'pg'), root)).resolves.toBeUndefined();
  });
});
