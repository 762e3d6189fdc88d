import fc from 'fast-check';
import { databaseTargets } from '../support/databases.js';
import {
  describeRequest,
  expandDeepNesting,
  type FuzzBody,
  type FuzzRequest,
  type PathValue,
  requestArbitrary,
  strayBodyArbitrary,
} from '../support/fuzz-arbitraries.js';
import { registeredFixtures } from '../support/fixtures.js';
import { fuzzSettings, replayCommand } from '../support/fuzz-settings.js';
import type { TestResponse } from '../support/http-client.js';
import {
  BOOT_TIMEOUT,
  createAdmin,
  KNOWN_JWT_SECRET,
  openDb,
  type OperationRef,
  operationsOf,
  registerUser,
  servedDocument,
  signAccessToken,
  type SignedIn,
  stateDigest,
  UNTHROTTLED,
} from '../support/owasp-helpers.js';
import { startTestApp } from '../support/test-app.js';

// Every operation of the served OpenAPI document, fuzzed with valid, boundary and invalid requests,
// as a user, an admin, anonymously and with bad tokens. Properties: no 5xx; every answer matches the
// document (the HttpClient checks); a refused write changes nothing (checked on a sample).
// One database target: the properties are about the HTTP layer, and time is short.

const settings = fuzzSettings();
const target = databaseTargets()[0]!;
console.log(
  `[fuzz] seed=${settings.seed} runs=${settings.runs}/operation on ${target.name}; replay with FUZZ_SEED=${settings.seed}`,
);

/** Operations that end the caller's own credentials: each run gets a fresh account (and fewer runs). */
const CONSUMES_CREDENTIALS = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'DELETE /api/v1/users/me',
  'POST /api/v1/auth/password/change',
]);
const READ_METHODS = new Set(['GET', 'HEAD']);

const t = await startTestApp(target, { ...UNTHROTTLED, JWT_SECRET: KNOWN_JWT_SECRET });
const db = openDb(t.databaseUrl);
afterAll(async () => {
  await db.close();
  await t.close();
}, BOOT_TIMEOUT);

const document = await servedDocument(t.baseUrl);
const operations = operationsOf(document);
const user = await registerUser(t.http);
const admin = await createAdmin(t);
/** Sacrificial accounts: their ids, sessions, emails and refresh tokens feed the generated requests. */
const victims = await Promise.all([registerUser(t.http), registerUser(t.http), registerUser(t.http)]);
const refreshTokens = victims.map((v) => v.refreshToken);
/** For each path with a parameter, ids of the victims' objects of its kind (the registered fixtures). */
const idsByPath = new Map<string, string[]>();
for (const fixture of await registeredFixtures()) {
  const ids = await Promise.all(victims.map((victim) => fixture.create(t.http, victim)));
  for (const path of fixture.paths) {
    idsByPath.set(path, ids);
  }
}
const accounts = [...victims, user];

function encode(value: string): string {
  // Buffer turns lone surrogates into U+FFFD, where encodeURIComponent would throw.
  return [...Buffer.from(value, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).padStart(2, '0')}`,
    )
    .join('');
}

function resolvePath(op: OperationRef, values: Record<string, PathValue>): string {
  const pool = idsByPath.get(op.path) ?? [];
  return op.path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = values[name] ?? { pool: 0 };
    return encode('pool' in value ? (pool[value.pool % pool.length] ?? '') : value.literal);
  });
}

function tokenFor(request: FuzzRequest, actor: SignedIn | undefined): string | undefined {
  switch (request.auth) {
    case 'user':
    case 'admin':
      return actor?.accessToken;
    case 'none':
      return undefined;
    case 'garbage':
      return 'not.a.jwt';
    case 'forged':
      return signAccessToken({ sub: user.userId, sid: user.sessionId, role: 'admin' }, { secret: 'f'.repeat(64) });
  }
}

/** Real secrets in place of generated ones, so the happy paths get fuzzed too. */
function withKnownSecrets(body: unknown, actor: SignedIn | undefined, salt: number): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return body;
  }
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  if ('currentPassword' in copy && actor) {
    copy.currentPassword = actor.password;
  }
  if ('refreshToken' in copy) {
    copy.refreshToken = refreshTokens[salt % refreshTokens.length];
  }
  if ('email' in copy) {
    const account = accounts[salt % accounts.length];
    copy.email = account?.email;
    if ('password' in copy) {
      copy.password = account?.password;
    }
  }
  return copy;
}

function encodeBody(
  body: FuzzBody,
  request: FuzzRequest,
  actor: SignedIn | undefined,
): { rawBody?: Buffer; headers?: Record<string, string> } {
  switch (body.kind) {
    case 'none':
      return {};
    case 'json': {
      const value = request.useKnownSecrets ? withKnownSecrets(body.value, actor, request.query.length) : body.value;
      const text = expandDeepNesting(JSON.stringify(value));
      return { rawBody: Buffer.from(text), headers: { 'content-type': body.contentType } };
    }
    case 'raw':
      // A Buffer, so fetch adds no content type of its own when the request has none.
      return {
        rawBody: Buffer.from(body.text),
        headers: body.contentType === undefined ? {} : { 'content-type': body.contentType },
      };
  }
}

async function actorFor(op: OperationRef, request: FuzzRequest): Promise<SignedIn | undefined> {
  if (request.auth !== 'user' && request.auth !== 'admin') {
    return request.auth === 'forged' ? user : undefined;
  }
  if (!CONSUMES_CREDENTIALS.has(op.key)) {
    return request.auth === 'admin' ? admin : user;
  }
  return request.auth === 'admin' ? createAdmin(t) : registerUser(t.http);
}

async function send(op: OperationRef, request: FuzzRequest): Promise<void> {
  const actor = await actorFor(op, request);
  const query = request.query.length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '';
  const { rawBody, headers } = encodeBody(request.body, request, actor);
  const mutating = !READ_METHODS.has(op.method);
  const before =
    mutating && request.checkState ? await stateDigest(db, { ignorePasswordResetTokens: true }) : undefined;

  let response: TestResponse;
  try {
    response = await t.http.request(op.method, `${resolvePath(op, request.path)}${query}`, {
      token: tokenFor(request, actor),
      rawBody,
      headers,
    });
  } catch (error) {
    throw new Error(`${describeRequest(op, request)}\n${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const failure = (why: string) => new Error(`${why}\n${describeRequest(op, request)}\n${response.text.slice(0, 500)}`);
  if (response.status >= 500) {
    throw failure(`${op.key} answered ${response.status}`);
  }
  if (op.key === 'POST /api/v1/auth/refresh' && response.status === 200 && request.useKnownSecrets) {
    refreshTokens[request.query.length % refreshTokens.length] = response.body.refreshToken;
  }
  // Refused and yet something changed? (Reuse of a refresh token deliberately ends its session.)
  const refused = response.status >= 400 && response.status !== 429;
  const reuse = response.body?.type === 'urn:groundwork:problem:refresh-token-reused';
  if (before !== undefined && refused && !reuse) {
    const after = await stateDigest(db, { ignorePasswordResetTokens: true });
    if (after !== before) {
      throw failure(`${op.key} refused with ${response.status} but changed the database`);
    }
  }
}

/** Runs the property on one operation; a failure names the request and how to replay it. */
async function fuzz(test: string, op: OperationRef, requests: fc.Arbitrary<FuzzRequest>, runs: number): Promise<void> {
  const details = await fc.check(
    fc.asyncProperty(requests, (request) => send(op, request)),
    { seed: settings.seed, numRuns: runs, path: settings.path, endOnFailure: !settings.shrink },
  );
  if (details.failed) {
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${test} failed after ${details.numRuns} run(s), ${details.numShrinks} shrink(s).\n` +
        `Replay: ${replayCommand(details.seed, details.counterexamplePath ?? undefined, test)}\n${cause}`,
    );
  }
}

/** Fewer runs where each one costs a fresh account (argon2) or probes one narrow thing. */
const fewer = () => Math.max(5, Math.ceil(settings.runs / 5));
/** Generous: a run is one request, plus an account for the credential-consuming operations. */
const timeout = 30_000 + settings.runs * 2_000;

const bodyless = operations.filter((op) => op.operation.requestBody === undefined && !READ_METHODS.has(op.method));

describe(`OpenAPI fuzzing on ${target.name}`, () => {
  // The fuzzer's own accounts must survive every operation it does not hand a fresh account to.
  afterEach(async () => {
    const alive = async (account: SignedIn) =>
      (await t.http.get('/api/v1/users/me', { token: account.accessToken })).status;
    expect({ user: await alive(user), admin: await alive(admin) }).toEqual({ user: 200, admin: 200 });
  });

  it('covers every operation of the document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(bodyless.length).toBeGreaterThan(0);
  });

  it.each(operations.map((op) => [op.key, op] as const))(
    '%s',
    (key, op) =>
      fuzz(key, op, requestArbitrary(document, op), CONSUMES_CREDENTIALS.has(op.key) ? fewer() : settings.runs),
    timeout,
  );

  // Clients do send bodies where none is documented (an empty {} on a POST, a stray content type).
  it.each(bodyless.map((op) => [op.key, op] as const))(
    '%s with a body it does not take',
    (key, op) =>
      fuzz(`${key} with a body it does not take`, op, requestArbitrary(document, op, strayBodyArbitrary()), fewer()),
    timeout,
  );
});
