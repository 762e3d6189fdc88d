import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppConfig } from './app-config.js';
import { defaultHashConcurrency, HASH_CONCURRENCY_RANGE } from './runtime-tuning.js';

/** Raised when the environment is invalid; one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const JOBS_MODES = ['inline', 'off'] as const;
const MAIL_TRANSPORTS = ['smtp', 'log'] as const;
/** Five fields (minute precision) or six (seconds first); each field from the usual cron alphabet. */
const CRON = /^(\S+\s+){4,5}\S+$/;
const CRON_FIELD = /^[\d*/,\-A-Za-z?LW#]+$/;

/** Reads variables, collecting every problem before failing so operators fix them in one go. */
class EnvReader {
  readonly problems: string[] = [];
  /** Every variable read, and those whose absence was a problem: the rules describe themselves. */
  readonly names = new Set<string>();
  readonly required = new Set<string>();
  /** Required variables an explicit setting of another one stands in for (name -> that setting). */
  readonly waivers = new Map<string, { name: string; value: string }>();
  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    this.names.add(name);
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) {
      return fallback;
    }
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name}: expected an integer from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  optionalInt(name: string, min: number, max: number): number | undefined {
    return this.raw(name) === undefined ? undefined : this.int(name, min, min, max);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) {
      return fallback;
    }
    if (['true', '1', 'yes'].includes(value)) {
      return true;
    }
    if (['false', '0', 'no'].includes(value)) {
      return false;
    }
    this.problems.push(`${name}: expected true or false, got "${value}"`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) {
      return fallback;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
      return fallback;
    }
    return value as T;
  }

  /** Reports a variable that must be set but is not (unless `waiver` is set to its value). */
  missing(name: string, problem: string, waiver?: { name: string; value: string }): void {
    this.required.add(name);
    if (waiver !== undefined) {
      this.waivers.set(name, waiver);
    }
    this.problems.push(`${name}: ${problem}`);
  }

  url(name: string, protocols: string[], required = false): string | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      if (required) {
        this.missing(name, `required, expected a ${protocols.join(' or ')} URL`);
      }
      return undefined;
    }
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
        throw new Error('protocol');
      }
      return value;
    } catch {
      this.problems.push(`${name}: expected a ${protocols.join(' or ')} URL`);
      return undefined;
    }
  }

  cron(name: string, fallback: string): string {
    const value = this.raw(name);
    if (value === undefined) {
      return fallback;
    }
    if (!CRON.test(value) || !value.split(/\s+/).every((field) => CRON_FIELD.test(field))) {
      this.problems.push(`${name}: expected a cron expression of 5 or 6 fields (e.g. "0 * * * *"), got "${value}"`);
      return fallback;
    }
    return value;
  }

  /** Accepts a byte count or a size such as 512kb or 1mb. */
  bytes(name: string, fallback: number): number {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) {
      return fallback;
    }
    const match = /^(\d+)\s*(b|kb|mb)?$/.exec(value);
    const units = { b: 1, kb: 1024, mb: 1024 * 1024 } as const;
    const bytes = match ? Number(match[1]) * units[(match[2] ?? 'b') as keyof typeof units] : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > 100 * 1024 * 1024) {
      this.problems.push(`${name}: expected a size from 1kb to 100mb (e.g. 1mb), got "${value}"`);
      return fallback;
    }
    return bytes;
  }
}

/**
 * Validates the environment once and returns the typed configuration.
 * Throws ConfigError listing every problem; never returns a half-valid object.
 */
export function loadAppConfig(
  env: Env,
  onWarning: (message: string) => void = () => undefined,
  { signsTokens = true }: { signsTokens?: boolean } = {},
): AppConfig {
  const read = new EnvReader(env);
  const config = readConfig(read, onWarning, signsTokens);
  if (read.problems.length > 0) {
    throw new ConfigError(read.problems);
  }
  return config;
}

export interface EnvDescription {
  /** Every variable the configuration reads. */
  variables: string[];
  /** Those that must be set when NODE_ENV=production. */
  requiredInProduction: string[];
  /** A required variable another explicit setting stands in for (SMTP_URL: MAIL_TRANSPORT=log). */
  unlessSet: Record<string, { name: string; value: string }>;
}

/**
 * What a production environment (a manifest's variables, values or just names) lacks: each
 * required variable neither present nor waived by its stand-in set to the value that waives it.
 */
export function missingInProduction(description: EnvDescription, env: Record<string, string | undefined>): string[] {
  return description.requiredInProduction.filter((name) => {
    const waiver = description.unlessSet[name];
    return !(name in env) && (waiver === undefined || env[waiver.name] !== waiver.value);
  });
}

/**
 * The configuration's own list of variables, for deployment manifests and their checks: found by
 * running the rules on an empty production environment, so it can never drift from them.
 */
export function describeEnv(): EnvDescription {
  const read = new EnvReader({ NODE_ENV: 'production' });
  readConfig(read, () => undefined, true);
  return {
    variables: [...read.names].sort(),
    requiredInProduction: [...read.required].sort(),
    unlessSet: Object.fromEntries(read.waivers),
  };
}

function readConfig(read: EnvReader, onWarning: (message: string) => void, signsTokens: boolean): AppConfig {
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';

  let secret = read.optionalString('JWT_SECRET');
  let secretGenerated = false;
  if (secret !== undefined && secret.length < 32) {
    read.problems.push('JWT_SECRET: expected at least 32 characters of random material');
  } else if (secret === undefined) {
    if (production) {
      read.missing('JWT_SECRET', 'required in production (at least 32 random characters)');
    } else {
      secret = randomBytes(48).toString('base64url');
      secretGenerated = true;
      if (signsTokens) {
        onWarning('JWT_SECRET is not set: using an ephemeral secret, so tokens stop working on restart');
      }
    }
  }

  const mailTransport = readMailTransport(read, production);
  const databaseUrl = read.url('DATABASE_URL', ['postgres', 'postgresql']);

  const host = read.string('HOST', '127.0.0.1');
  const port = read.int('PORT', 3000, 0, 65535);
  const metrics = readMetrics(read, host, port);
  const tracesEndpoint =
    read.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http', 'https']) ??
    read.url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http', 'https']);

  const config: AppConfig = {
    env: nodeEnv,
    http: {
      host,
      port,
      bodyLimit: read.bytes('BODY_LIMIT', 1024 * 1024),
      corsOrigins: read
        .string('CORS_ORIGINS', '')
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
      shutdownTimeoutMs: read.int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
      shutdownDrainDelayMs: read.int('SHUTDOWN_DRAIN_DELAY_MS', 5_000, 0, 300_000),
      docsEnabled: read.bool('DOCS_ENABLED', true),
      trustProxy: read.bool('TRUST_PROXY', false),
      requestTimeoutMs: read.int('REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
      keepAliveTimeoutMs: read.int('KEEP_ALIVE_TIMEOUT_MS', 72_000, 1_000, 600_000),
      limits: {
        jsonDepth: read.int('JSON_MAX_DEPTH', 32, 2, 256),
        jsonObjectKeys: read.int('JSON_MAX_OBJECT_KEYS', 200, 10, 5_000),
        jsonArrayItems: read.int('JSON_MAX_ARRAY_ITEMS', 1_000, 10, 100_000),
        jsonValues: read.int('JSON_MAX_VALUES', 10_000, 100, 1_000_000),
        queryParams: read.int('QUERY_MAX_PARAMS', 50, 5, 1_000),
      },
    },
    database: {
      url: databaseUrl,
      poolSize: read.int('DATABASE_POOL_SIZE', 10, 1, 200),
      embeddedDir: resolve(read.string('EMBEDDED_DATABASE_DIR', './data/postgres')),
      migrateOnStart: readMigrateOnStart(read, production, databaseUrl),
      connectTimeoutMs: read.int('DATABASE_CONNECT_TIMEOUT_MS', 2_000, 100, 120_000),
      acquireTimeoutMs: read.int('DATABASE_ACQUIRE_TIMEOUT_MS', 3_000, 100, 120_000),
      statementTimeoutMs: read.int('DATABASE_STATEMENT_TIMEOUT_MS', 5_000, 100, 3_600_000),
    },
    log: {
      level: read.oneOf('LOG_LEVEL', LOG_LEVELS, production ? 'info' : 'debug'),
      pretty: read.bool('LOG_PRETTY', nodeEnv === 'development'),
    },
    redisUrl: read.url('REDIS_URL', ['redis', 'rediss']),
    redis: {
      commandTimeoutMs: read.int('REDIS_COMMAND_TIMEOUT_MS', 500, 10, 60_000),
      connectTimeoutMs: read.int('REDIS_CONNECT_TIMEOUT_MS', 1_000, 10, 60_000),
    },
    idempotency: {
      // Short TTLs are allowed (expiry can be tested); an in-flight key still lasts its whole lease.
      ttlSeconds: read.int('IDEMPOTENCY_TTL', 86_400, 1, 30 * 86_400),
    },
    jwt: {
      secret: secret ?? '',
      secretGenerated,
      issuer: read.string('JWT_ISSUER', 'groundwork'),
      audience: read.string('JWT_AUDIENCE', 'groundwork-api'),
      accessTtlSeconds: read.int('JWT_ACCESS_TTL', 900, 30, 86_400),
      refreshTtlSeconds: read.int('JWT_REFRESH_TTL', 30 * 86_400, 300, 365 * 86_400),
      // Long enough for two tabs or a retry after a timeout; short, because it is a window for a thief too.
      refreshReuseGraceSeconds: read.int('REFRESH_REUSE_GRACE_S', 10, 0, 300),
    },
    password: {
      // OWASP's minimum for argon2id: 19 MiB, 2 iterations, parallelism 1.
      memoryCost: read.int('ARGON2_MEMORY_KIB', 19_456, 19_456, 1_048_576),
      timeCost: read.int('ARGON2_TIME_COST', 2, 2, 20),
      parallelism: read.int('ARGON2_PARALLELISM', 1, 1, 16),
      // Hashes running at once: each holds a 19 MiB work buffer and a core. One per core (at most 4)
      // keeps sign-ins from starving reads and bounds that memory; libuv's pool is sized to match.
      hashConcurrency: read.int(
        'PASSWORD_HASH_CONCURRENCY',
        defaultHashConcurrency(),
        HASH_CONCURRENCY_RANGE.min,
        HASH_CONCURRENCY_RANGE.max,
      ),
      // Sign-ins waiting beyond this get 503 + Retry-After instead of an ever longer wait.
      hashQueueLimit: read.int('PASSWORD_HASH_QUEUE_LIMIT', 100, 0, 10_000),
      // Nice value of the threads that hash (Linux): the event loop runs first when both want a core,
      // so reads are not starved by sign-ins. 0 leaves them at the process's priority.
      hashNice: read.int('PASSWORD_HASH_NICE', 10, 0, 19),
    },
    mail: {
      ...mailTransport,
      from: read.string('MAIL_FROM', 'Groundwork <no-reply@groundwork.local>'),
      appUrl: read.url('APP_URL', ['http', 'https']) ?? 'http://localhost:3000',
      passwordResetTtlSeconds: read.int('PASSWORD_RESET_TTL', 1800, 60, 86_400),
      emailVerifyTtlSeconds: read.int('EMAIL_VERIFY_TTL', 86_400, 300, 30 * 86_400),
      retryDelaySeconds: read.int('MAIL_RETRY_DELAY_SECONDS', 10, 1, 3_600),
    },
    jobs: {
      mode: read.oneOf('JOBS_MODE', JOBS_MODES, 'inline'),
      pollIntervalMs: read.int('JOBS_POLL_INTERVAL_MS', 2_000, 500, 60_000),
      concurrency: read.int('JOBS_CONCURRENCY', 4, 1, 100),
      maintenanceIntervalSeconds: read.int('JOBS_MAINTENANCE_INTERVAL_SECONDS', 30, 1, 45),
      workerPort: read.int('WORKER_PORT', 3001, 0, 65535),
      pruneSchedule: read.cron('PRUNE_SCHEDULE', '0 * * * *'),
    },
    telemetry: { metrics, tracesEndpoint },
    webhooks: {
      allowPrivate: read.bool('WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: read.int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      maxConsecutiveFailures: read.int('WEBHOOK_MAX_FAILURES', 20, 1, 10_000),
      retryDelaySeconds: read.int('WEBHOOK_RETRY_DELAY_SECONDS', 30, 1, 3_600),
    },
    throttle: {
      limit: read.int('THROTTLE_LIMIT', 300, 1, 1_000_000),
      ttlSeconds: read.int('THROTTLE_TTL', 60, 1, 86_400),
      authLimit: read.int('THROTTLE_AUTH_LIMIT', 10, 1, 100_000),
      authTtlSeconds: read.int('THROTTLE_AUTH_TTL', 60, 1, 86_400),
    },
  };
  return config;
}

/**
 * In production the schema, Groundwork's migrations and pg-boss's alike, changes only as a step of
 * the release (`npm run cli -- migrate`), never as a side effect of an instance starting: instances
 * starting together would race to migrate, and a rollout would change the schema under the
 * instances still running the old version.
 */
function readMigrateOnStart(read: EnvReader, production: boolean, databaseUrl: string | undefined): boolean {
  if (!production) {
    return read.bool('DATABASE_MIGRATE_ON_START', databaseUrl === undefined);
  }
  if (read.bool('DATABASE_MIGRATE_ON_START', false)) {
    read.problems.push(
      'DATABASE_MIGRATE_ON_START: not allowed in production; apply migrations and the job schema with `npm run cli -- migrate` before the instances start',
    );
  }
  return false;
}

/**
 * Without SMTP_URL mails are only logged: fine while developing, a silent outage in production
 * (no reset or verification mail ever arrives). Production refuses it unless asked for explicitly,
 * and even then the log transport never prints the tokens (see libs/mail).
 */
function readMailTransport(read: EnvReader, production: boolean): Pick<AppConfig['mail'], 'transport' | 'smtpUrl'> {
  const smtpSet = read.optionalString('SMTP_URL') !== undefined;
  const smtpUrl = read.url('SMTP_URL', ['smtp', 'smtps']);
  const chosen =
    read.optionalString('MAIL_TRANSPORT') === undefined
      ? undefined
      : read.oneOf('MAIL_TRANSPORT', MAIL_TRANSPORTS, 'smtp');
  if (chosen === 'log') {
    return { transport: 'log' };
  }
  if (smtpSet) {
    return { transport: 'smtp', smtpUrl };
  }
  if (chosen === 'smtp') {
    read.missing('SMTP_URL', 'required when MAIL_TRANSPORT=smtp');
  } else if (production) {
    read.missing('SMTP_URL', 'required in production; or set MAIL_TRANSPORT=log to only log that mails were sent', {
      name: 'MAIL_TRANSPORT',
      value: 'log',
    });
  }
  return { transport: 'log' };
}

/**
 * /metrics is served only when asked for: on its own listener (METRICS_PORT, which must differ from
 * PORT) or on the main port behind a bearer token (METRICS_TOKEN). Nothing can open it to the public
 * port without a token.
 */
function readMetrics(read: EnvReader, host: string, port: number): AppConfig['telemetry']['metrics'] {
  const metricsPort = read.optionalInt('METRICS_PORT', 0, 65535);
  const token = read.optionalString('METRICS_TOKEN');
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) {
    read.problems.push('METRICS_PORT: must differ from PORT (metrics would be served on the public port)');
  }
  if (token !== undefined && token.length < 32) {
    read.problems.push('METRICS_TOKEN: expected at least 32 characters of random material');
  }
  return {
    enabled: metricsPort !== undefined || token !== undefined,
    port: metricsPort,
    host: read.string('METRICS_HOST', host),
    token,
  };
}
