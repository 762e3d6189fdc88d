/** The typed configuration every module reads; built once at boot from the environment. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: {
    host: string;
    port: number;
    /** Largest accepted request body, in bytes. */
    bodyLimit: number;
    corsOrigins: string[];
    shutdownTimeoutMs: number;
    /** After SIGTERM: readiness is 503 and the listener keeps serving this long, so load balancers notice. */
    shutdownDrainDelayMs: number;
    /** Serve Swagger UI and the OpenAPI document. */
    docsEnabled: boolean;
    /** Trust X-Forwarded-* headers (behind a reverse proxy). */
    trustProxy: boolean;
    /** Time to receive a whole request (headers and body); past it the answer is 408. */
    requestTimeoutMs: number;
    /** How long an idle keep-alive connection stays open. */
    keepAliveTimeoutMs: number;
    /** Bounds on the shape of any request, so the work it causes stays small and linear. */
    limits: InputLimits;
  };
  database: {
    /** PostgreSQL URL; undefined selects the embedded server. */
    url?: string;
    poolSize: number;
    /** Where the embedded server keeps its data. */
    embeddedDir: string;
    /** Apply pending migrations when the app starts. */
    migrateOnStart: boolean;
    /** Longest wait for a new connection to answer (TCP connect and PostgreSQL startup). */
    connectTimeoutMs: number;
    /** Longest a request waits for a connection from the pool, including opening one. */
    acquireTimeoutMs: number;
    /** Server-side statement_timeout; the client also gives up shortly after, even on a frozen server. */
    statementTimeoutMs: number;
  };
  log: {
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    pretty: boolean;
  };
  redisUrl?: string;
  redis: {
    /** A command without an answer within this many ms fails (the caller falls back). */
    commandTimeoutMs: number;
    connectTimeoutMs: number;
  };
  idempotency: {
    /** How long a stored response is replayed for an Idempotency-Key, in seconds. */
    ttlSeconds: number;
  };
  jwt: {
    /** Key material for HS256; generated per process in development when unset. */
    secret: string;
    secretGenerated: boolean;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    /** A repeat of a just-rotated refresh token within this many seconds continues the session (0: never). */
    refreshReuseGraceSeconds: number;
  };
  password: {
    /** argon2id memory cost in KiB. */
    memoryCost: number;
    timeCost: number;
    parallelism: number;
    /** Hashes (or verifications) running at once; more wait in a FIFO queue. */
    hashConcurrency: number;
    /** Waiting hashes beyond this are refused with 503. */
    hashQueueLimit: number;
    /** Nice value of the hashing threads (Linux), below the event loop's priority; 0 for none. */
    hashNice: number;
  };
  mail: {
    /**
     * smtp sends through smtpUrl; log only writes that a mail was sent (its link too, outside
     * production). Production needs SMTP_URL unless MAIL_TRANSPORT=log says so explicitly.
     */
    transport: 'smtp' | 'log';
    /** Set exactly when transport is smtp. */
    smtpUrl?: string;
    from: string;
    appUrl: string;
    passwordResetTtlSeconds: number;
    emailVerifyTtlSeconds: number;
    /** Wait before a failed send is retried, doubling per retry. */
    retryDelaySeconds: number;
  };
  jobs: {
    /** inline: this API process also runs job handlers and schedules; off: it only enqueues. */
    mode: 'inline' | 'off';
    /** How often an idle worker polls each queue. */
    pollIntervalMs: number;
    /** Jobs one process runs at once, per queue. */
    concurrency: number;
    /** Supervision cadence: expired or silent jobs, schedules (pg-boss clamps it to 1-45 s). */
    maintenanceIntervalSeconds: number;
    /** Where apps/worker serves /health/live and /health/ready. */
    workerPort: number;
    /** Cron expression of the pruning jobs (auth tables, expired idempotency keys). */
    pruneSchedule: string;
  };
  telemetry: {
    metrics: {
      /** Whether /metrics is served at all (METRICS_PORT or METRICS_TOKEN is set). */
      enabled: boolean;
      /** A separate listener for /metrics; undefined serves it on the main port (token required). */
      port?: number;
      host: string;
      /** Bearer token a scraper must send; required to serve /metrics on the main port. */
      token?: string;
    };
    /** OTLP over HTTP endpoint; traces are off when unset (the OTEL_* variables tune the rest). */
    tracesEndpoint?: string;
  };
  webhooks: {
    /** Allow deliveries to private, loopback and link-local addresses (tests, private networks). */
    allowPrivate: boolean;
    /** Whole-request timeout per delivery attempt. */
    timeoutMs: number;
    /** Consecutive failed attempts after which an endpoint is disabled. */
    maxConsecutiveFailures: number;
    /** Wait before a failed delivery is retried, doubling per retry. */
    retryDelaySeconds: number;
  };
  throttle: {
    /** General per-IP limit: requests per window. */
    limit: number;
    ttlSeconds: number;
    /** Strict limit on sign-in, sign-up, refresh, forgot and reset. */
    authLimit: number;
    authTtlSeconds: number;
  };
}

export interface InputLimits {
  /** Nesting of objects and arrays in a JSON body. */
  jsonDepth: number;
  /** Keys in one JSON object. */
  jsonObjectKeys: number;
  /** Items in one JSON array. */
  jsonArrayItems: number;
  /** Keys and array items in the whole JSON body. */
  jsonValues: number;
  /** Parameters in a query string. */
  queryParams: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
