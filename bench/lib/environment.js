import { randomBytes } from 'node:crypto';

/** Fresh secrets for one bench run: the JWT secret and the passwords of the seeded users and the admin. */
export function benchSecrets() {
  return {
    jwtSecret: randomBytes(48).toString('base64url'),
    seedPassword: `bench-${randomBytes(9).toString('base64url')}`,
    admin: { email: 'bench-admin@example.com', password: `admin-${randomBytes(9).toString('base64url')}` },
  };
}

/** What the CLI and the API share: production mode, logging at info. Redis stays off, as the baseline has none. */
export function productionEnv(secrets) {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: secrets.jwtSecret,
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
    // No mail server here, as in the baseline: production needs the log transport said explicitly.
    MAIL_TRANSPORT: 'log',
  };
  delete env.SMTP_URL;
  delete env.REDIS_URL;
  delete env.DATABASE_URL;
  return env;
}

/** The servers' environment: the database, and rate limits far above what one load-generating IP sends. */
export function serverEnv(secrets, { databaseUrl, poolSize }) {
  return {
    ...productionEnv(secrets),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(poolSize),
    HOST: '127.0.0.1',
    THROTTLE_LIMIT: '1000000',
    THROTTLE_TTL: '1',
    THROTTLE_AUTH_LIMIT: '100000',
    THROTTLE_AUTH_TTL: '1',
  };
}

export const THROTTLE_NOTE =
  'THROTTLE_LIMIT=1000000 per 1 s, THROTTLE_AUTH_LIMIT=100000 per 1 s (no request is throttled)';

/**
 * How the API is started in production (package.json's start scripts and the Dockerfile set the
 * same): a young generation of 8 MiB semi-spaces; glibc's malloc at its defaults (fewer arenas or a
 * fixed mmap threshold cut sign-ins, see the README's performance section).
 */
export const API_RUNTIME = parseRuntime(process.env.BENCH_API_RUNTIME ?? '--max-semi-space-size=8');

/** 'KEY=value --node-option ...' (the form bench:memory's --variant takes) as env and node options. */
export function parseRuntime(variant) {
  const words = variant.split(/\s+/).filter(Boolean);
  return {
    env: Object.fromEntries(
      words.filter((word) => !word.startsWith('--')).map((pair) => pair.split(/=(.*)/s).slice(0, 2)),
    ),
    nodeOptions: words.filter((word) => word.startsWith('--')),
  };
}
