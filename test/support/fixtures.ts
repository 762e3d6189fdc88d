import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { HttpClient } from './http-client.js';
import type { SignedIn } from './accounts.js';

/**
 * How the proof suites get an object of one kind to attack. Each feature registers one beside its
 * end-to-end specs, in a file named `*.fixture.ts` under `test/`; the suites find them all, so a new
 * module is attacked at once, with ids of its own kind.
 */
export interface ObjectFixture {
  /** Names the kind of object in test titles: `project`. */
  name: string;
  /**
   * The paths of the served document (`/api/v1/projects/{id}`) whose path parameters address an
   * object of this kind. A path with a parameter that no fixture claims fails the coverage spec.
   */
  paths: string[];
  /**
   * What a signed-in user who is neither the owner nor an admin gets on these paths: 404 for objects
   * scoped to their owner (whether another user's object exists is not revealed), 403 for admin-only ones.
   */
  strangerStatus: 403 | 404;
  /** Creates an object owned by `owner` and returns its id (every path parameter is filled with it). */
  create(http: HttpClient, owner: SignedIn): Promise<string>;
  /** Columns that requests legitimately touch without changing anything (a last-used time), per table. */
  volatileColumns?: Record<string, string[]>;
}

/** Types a fixture file's default export. */
export const defineFixture = (fixture: ObjectFixture): ObjectFixture => fixture;

let loaded: Promise<ObjectFixture[]> | undefined;

/** Every registered fixture (the default export of each `test/**\/*.fixture.ts`), sorted by name. */
export function registeredFixtures(): Promise<ObjectFixture[]> {
  loaded ??= (async () => {
    const root = new URL('..', import.meta.url).pathname;
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.fixture.ts')).sort();
    const fixtures: ObjectFixture[] = [];
    for (const file of files) {
      const module = (await import(join(root, file))) as { default?: ObjectFixture };
      if (!module.default) {
        throw new Error(`${relative(process.cwd(), join(root, file))} must export its fixture as default`);
      }
      fixtures.push(module.default);
    }
    return fixtures.sort((a, b) => a.name.localeCompare(b.name));
  })();
  return loaded;
}

/** The fixture whose paths include this document path, if any. */
export async function fixtureFor(path: string): Promise<ObjectFixture | undefined> {
  return (await registeredFixtures()).find((fixture) => fixture.paths.includes(path));
}
