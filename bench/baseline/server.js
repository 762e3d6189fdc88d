// The benchmark's baseline: bare Fastify doing by hand the work the API does for each scenario, on
// the same database, with the same secret, issuer and audience. Never shipped; no logging, no
// validation library, no security headers: that gap is what the ratio measures.
import { createHash, createSecretKey, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import Fastify from 'fastify';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const env = process.env;
const port = Number(env.PORT ?? 0);
const accessTtl = Number(env.JWT_ACCESS_TTL ?? 900);
const refreshTtl = Number(env.JWT_REFRESH_TTL ?? 30 * 86_400);
// A KeyObject, as the API does: with a string secret jsonwebtoken tries createPublicKey first on every call.
const key = createSecretKey(Buffer.from(env.JWT_SECRET ?? ''));
// The API's defaults (JWT_ISSUER / JWT_AUDIENCE in libs/config).
const issuer = env.JWT_ISSUER ?? 'groundwork';
const audience = env.JWT_AUDIENCE ?? 'groundwork-api';
const verifyOptions = { algorithms: ['HS256'], issuer, audience };
const signOptions = { algorithm: 'HS256', expiresIn: accessTtl, issuer, audience };

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
pool.on('error', () => undefined);

const USER_COLUMNS = 'id, email, name, role, email_verified_at, created_at, updated_at, deleted_at';

const LIST_SORT = '-createdAt';
const CREATED_AT_KEY = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at_key`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const encodeCursor = (parts) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** [created_at, id] from a cursor for the -createdAt sort, checked as the API checks it; undefined otherwise. */
function decodeCursor(cursor) {
  try {
    const [sort, createdAt, id, ...rest] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const millis = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/.exec(createdAt)?.[1];
    const valid =
      sort === LIST_SORT &&
      rest.length === 0 &&
      millis !== undefined &&
      new Date(`${millis}Z`).toISOString() === `${millis}Z` &&
      UUID.test(id);
    return valid ? [createdAt, id] : undefined;
  } catch {
    return undefined;
  }
}

const mapUser = (row) => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  emailVerified: row.email_verified_at !== null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  deletedAt: row.deleted_at?.toISOString() ?? null,
});

const problem = (reply, status, title) =>
  reply.code(status).type('application/problem+json').send({ type: 'about:blank', title, status });

/** The verified claims, or undefined when the bearer token is missing or invalid. */
function claimsOf(request) {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) {
    return undefined;
  }
  try {
    return jwt.verify(header.slice(7), key, verifyOptions);
  } catch {
    return undefined;
  }
}

// The API runs at most PASSWORD_HASH_CONCURRENCY argon2 verifications at once (one per core, at most
// 4) and queues the rest; the baseline does the same, so both spend the same CPU on the same schedule.
const hashConcurrency = Number(env.PASSWORD_HASH_CONCURRENCY ?? Math.min(4, availableParallelism()));
let hashing = 0;
const hashWaiting = [];
async function boundedVerify(hash, password) {
  if (hashing < hashConcurrency) {
    hashing++;
  } else {
    await new Promise((resolve) => hashWaiting.push(resolve));
  }
  try {
    return await argon2.verify(hash, password);
  } finally {
    const next = hashWaiting.shift();
    if (next) {
      next();
    } else {
      hashing--;
    }
  }
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const newOpaqueToken = () => randomBytes(32).toString('base64url');
const accessTokenFor = (userId, sessionId, role) => jwt.sign({ sub: userId, sid: sessionId, role }, key, signOptions);

function clientAgent(request) {
  const agent = request.headers['user-agent'];
  return typeof agent === 'string' && agent !== '' ? agent.slice(0, 512) : null;
}

const app = Fastify({ logger: false });

app.get('/health/live', async () => ({ status: 'ok' }));

app.get('/api/v1/users/me', async (request, reply) => {
  const claims = claimsOf(request);
  if (!claims) {
    return problem(reply, 401, 'Unauthorized');
  }
  const { rows } = await pool.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 AND deleted_at IS NULL`, [
    claims.sub,
  ]);
  return rows.length === 1 ? mapUser(rows[0]) : problem(reply, 404, 'Not Found');
});

app.get('/api/v1/users', async (request, reply) => {
  const claims = claimsOf(request);
  if (!claims) {
    return problem(reply, 401, 'Unauthorized');
  }
  if (claims.role !== 'admin') {
    return problem(reply, 403, 'Forbidden');
  }
  const { cursor, includeTotal } = request.query;
  const page = Math.max(1, Number(request.query.page ?? 1) || 1);
  const limit = Math.min(100, Math.max(1, Number(request.query.limit ?? 20) || 20));
  // Only the -createdAt sort the benchmark asks for; a cursor is the API's (base64url JSON of the
  // sort, the last created_at with microseconds, the last id). One row more than asked says whether
  // another page follows; the count only where the API counts (page numbers, or includeTotal=true).
  let after;
  if (cursor !== undefined) {
    const parsed = decodeCursor(cursor);
    if (!parsed) {
      return problem(reply, 400, 'Bad Request');
    }
    after = parsed;
  }
  const count = includeTotal === undefined ? cursor === undefined : includeTotal === 'true';
  const [items, counted] = await Promise.all([
    after
      ? pool.query(
          `SELECT ${USER_COLUMNS}, ${CREATED_AT_KEY} FROM users WHERE deleted_at IS NULL
           AND (created_at, id) < ($2::timestamptz, $3::uuid) ORDER BY created_at DESC, id DESC LIMIT $1`,
          [limit + 1, after[0], after[1]],
        )
      : pool.query(
          `SELECT ${USER_COLUMNS}, ${CREATED_AT_KEY} FROM users WHERE deleted_at IS NULL
           ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
          [limit + 1, (page - 1) * limit],
        ),
    count ? pool.query('SELECT count(*)::int AS total FROM users WHERE deleted_at IS NULL') : undefined,
  ]);
  const rows = items.rows.slice(0, limit);
  const more = items.rows.length > limit;
  const last = rows.at(-1);
  return {
    items: rows.map(mapUser),
    limit,
    hasNextPage: more,
    nextCursor: more && last ? encodeCursor([LIST_SORT, last.created_at_key, last.id]) : null,
    ...(after ? {} : { page }),
    ...(counted ? { total: counted.rows[0].total } : {}),
  };
});

app.post('/api/v1/auth/login', async (request, reply) => {
  const { email, password } = request.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') {
    return problem(reply, 400, 'Bad Request');
  }
  const { rows } = await pool.query(
    `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1 AND deleted_at IS NULL`,
    [email.trim().toLowerCase()],
  );
  const user = rows[0];
  if (!user || !(await boundedVerify(user.password_hash, password))) {
    return problem(reply, 401, 'Unauthorized');
  }
  const refreshToken = newOpaqueToken();
  // The session and its first refresh token in one statement (the API uses a transaction).
  const session = await pool.query(
    `WITH s AS (
       INSERT INTO sessions (user_id, last_used_at, expires_at, user_agent, ip)
       VALUES ($1, now(), now() + make_interval(secs => $2), $3, $4) RETURNING id
     )
     INSERT INTO refresh_tokens (session_id, token_hash) SELECT id, $5 FROM s RETURNING session_id`,
    [user.id, refreshTtl, clientAgent(request), request.ip, sha256(refreshToken)],
  );
  const accessToken = accessTokenFor(user.id, session.rows[0].session_id, user.role);
  return { user: mapUser(user), accessToken, refreshToken, tokenType: 'Bearer', expiresIn: accessTtl };
});

app.post('/api/v1/auth/refresh', async (request, reply) => {
  const token = request.body?.refreshToken;
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(token)) {
    return problem(reply, 400, 'Bad Request');
  }
  const refreshToken = newOpaqueToken();
  const now = new Date();
  // The API's statement for the common case: mark the presented token used if its session is live,
  // extend the session, add the next token, prune the session's long-used tokens, read the role.
  // Unlike the API it does not go on to a locking transaction when that finds nothing (a used token
  // within the grace window, or reuse that ends the session): it just answers 401.
  const { rows } = await pool.query(
    `WITH used AS (
       UPDATE refresh_tokens t SET used_at = $2
       WHERE t.token_hash = $1 AND t.used_at IS NULL
         AND EXISTS (SELECT 1 FROM sessions s WHERE s.id = t.session_id AND s.revoked_at IS NULL AND s.expires_at > $2)
       RETURNING t.session_id
     ), live AS (
       UPDATE sessions SET last_used_at = $2, expires_at = $3
       WHERE id = (SELECT session_id FROM used) AND revoked_at IS NULL AND expires_at > $2
       RETURNING id, user_id
     ), successor AS (
       INSERT INTO refresh_tokens (session_id, token_hash) SELECT id, $4 FROM live
     ), pruned AS (
       DELETE FROM refresh_tokens WHERE session_id = (SELECT id FROM live) AND used_at < $5
     )
     SELECT live.id, live.user_id, u.role FROM live JOIN users u ON u.id = live.user_id AND u.deleted_at IS NULL`,
    [
      sha256(token),
      now,
      new Date(now.getTime() + refreshTtl * 1000),
      sha256(refreshToken),
      new Date(now.getTime() - refreshTtl * 1000),
    ],
  );
  const row = rows[0];
  if (!row) {
    return problem(reply, 401, 'Unauthorized');
  }
  const accessToken = accessTokenFor(row.user_id, row.id, row.role);
  return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: accessTtl };
});

await app.listen({ port, host: env.HOST ?? '127.0.0.1' });

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
