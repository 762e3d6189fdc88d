import type * as Database from '../../libs/database/src/index.js';
import type * as Auth from '../../libs/auth/src/index.js';
import type * as Health from '../../libs/health/src/index.js';
import type * as Feature from '../../libs/feature/src/index.js';
import type * as Users from '../../libs/users/src/index.js';
import type * as Idempotency from '../../libs/idempotency/src/index.js';
import type * as Jobs from '../../libs/jobs/src/index.js';
import type * as Throttling from '../../libs/throttling/src/index.js';

/** Imports a lib from the build (dist/), so classes match the ones inside the running app. */
export async function builtDatabaseLib(): Promise<typeof Database> {
  return (await import(new URL('../../dist/libs/database/src/index.js', import.meta.url).href)) as typeof Database;
}

export async function builtHealthLib(): Promise<typeof Health> {
  return (await import(new URL('../../dist/libs/health/src/index.js', import.meta.url).href)) as typeof Health;
}

export async function builtAuthLib(): Promise<typeof Auth> {
  return (await import(new URL('../../dist/libs/auth/src/index.js', import.meta.url).href)) as typeof Auth;
}

export async function builtFeatureLib(): Promise<typeof Feature> {
  return (await import(new URL('../../dist/libs/feature/src/index.js', import.meta.url).href)) as typeof Feature;
}

export async function builtUsersLib(): Promise<typeof Users> {
  return (await import(new URL('../../dist/libs/users/src/index.js', import.meta.url).href)) as typeof Users;
}

export async function builtIdempotencyLib(): Promise<typeof Idempotency> {
  return (await import(
    new URL('../../dist/libs/idempotency/src/index.js', import.meta.url).href
  )) as typeof Idempotency;
}

export async function builtJobsLib(): Promise<typeof Jobs> {
  return (await import(new URL('../../dist/libs/jobs/src/index.js', import.meta.url).href)) as typeof Jobs;
}

export async function builtThrottlingLib(): Promise<typeof Throttling> {
  return (await import(new URL('../../dist/libs/throttling/src/index.js', import.meta.url).href)) as typeof Throttling;
}
