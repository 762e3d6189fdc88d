import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

export interface UnixIds {
  uid: number;
  gid: number;
}

const execFileAsync = promisify(execFile);

/** The `postgres` system user, or undefined when it does not exist yet. */
export async function lookupPostgresUser(): Promise<UnixIds | undefined> {
  try {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) => Number((await execFileAsync('id', [flag, 'postgres'])).stdout.trim())),
    );
    return uid !== undefined && gid !== undefined && Number.isInteger(uid) && Number.isInteger(gid)
      ? { uid, gid }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * First directory from `dir` up to `/` that `user` cannot traverse. Without a known user
 * only the "others" execute bit counts (the user may not exist yet).
 */
export async function findUntraversable(dir: string, user?: UnixIds): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    const { mode, uid, gid } = await stat(current);
    const allowed =
      (mode & 0o001) !== 0 ||
      (user !== undefined && uid === user.uid && (mode & 0o100) !== 0) ||
      (user !== undefined && gid === user.gid && (mode & 0o010) !== 0);
    if (!allowed) {
      return current;
    }
    if (dirname(current) === current) {
      return undefined;
    }
  }
}

/** Fails early with a fix instead of letting initdb/postgres die on EACCES as the postgres user. */
export async function assertPostgresCanReach(dataDir: string, binDir: string, user?: UnixIds): Promise<void> {
  const blockedData = await findUntraversable(dirname(dataDir), user);
  if (blockedData) {
    throw new Error(
      `Embedded PostgreSQL runs as the "postgres" system user when started as root, but that user cannot ` +
        `traverse ${blockedData} (an ancestor of ${dataDir}). Fix: chmod o+x ${blockedData}, or set ` +
        `EMBEDDED_DATABASE_DIR to a path the postgres user can reach.`,
    );
  }
  const blockedBin = await findUntraversable(binDir, user);
  if (blockedBin) {
    throw new Error(
      `Embedded PostgreSQL runs as the "postgres" system user when started as root, but that user cannot ` +
        `traverse ${blockedBin} to reach the PostgreSQL binaries in ${binDir}. Fix: chmod o+x ${blockedBin}.`,
    );
  }
}
