import { ConfigError, describeEnv, loadAppConfig, missingInProduction } from './env.validation.js';

describe(loadAppConfig.name, () => {
  it('applies defaults in development and generates an ephemeral secret with a warning', () => {
    const warnings: string[] = [];
    const config = loadAppConfig({}, (message) => warnings.push(message));
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.jwt.secretGenerated).toBe(true);
    expect(config.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(warnings.join('\n')).toContain('JWT_SECRET');
  });

  it('warns about a generated JWT_SECRET only where tokens are signed', () => {
    const warnings: string[] = [];
    const config = loadAppConfig({}, (message) => warnings.push(message), { signsTokens: false });
    expect(config.jwt.secretGenerated).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production/);
  });

  it('never migrates at start in production (schema and job schema are a release step), and says so if asked to', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MAIL_TRANSPORT: 'log' };
    // Not even on the embedded default, where it is on outside production.
    expect(loadAppConfig(production).database.migrateOnStart).toBe(false);
    expect(loadAppConfig({ ...production, DATABASE_MIGRATE_ON_START: 'false' }).database.migrateOnStart).toBe(false);
    expect(() =>
      loadAppConfig({ ...production, DATABASE_URL: 'postgres://db/app', DATABASE_MIGRATE_ON_START: 'true' }),
    ).toThrow(
      /DATABASE_MIGRATE_ON_START: not allowed in production; apply migrations and the job schema with `npm run cli -- migrate`/,
    );
    expect(
      loadAppConfig({ DATABASE_URL: 'postgres://db/app', DATABASE_MIGRATE_ON_START: 'true' }).database.migrateOnStart,
    ).toBe(true);
  });

  describe('mail in production', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };

    it('refuses to start without SMTP_URL, in one line that names the way out', () => {
      let error: unknown;
      try {
        loadAppConfig(production);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'SMTP_URL: required in production; or set MAIL_TRANSPORT=log to only log that mails were sent',
      ]);
    });

    it('starts with SMTP_URL, or with the log transport chosen explicitly', () => {
      expect(loadAppConfig({ ...production, SMTP_URL: 'smtps://u:p@smtp.example.com' }).mail).toMatchObject({
        transport: 'smtp',
        smtpUrl: 'smtps://u:p@smtp.example.com',
      });
      const logged = loadAppConfig({ ...production, MAIL_TRANSPORT: 'log' }).mail;
      expect(logged.transport).toBe('log');
      expect(logged.smtpUrl).toBeUndefined();
    });

    it('outside production the log is the default; MAIL_TRANSPORT=smtp needs SMTP_URL everywhere', () => {
      expect(loadAppConfig({}).mail.transport).toBe('log');
      expect(loadAppConfig({ SMTP_URL: 'smtp://127.0.0.1:1025' }).mail.transport).toBe('smtp');
      expect(() => loadAppConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL: required when MAIL_TRANSPORT=smtp/);
      expect(() => loadAppConfig({ MAIL_TRANSPORT: 'carrier-pigeon' })).toThrow(/MAIL_TRANSPORT: expected one of/);
    });
  });

  it('names every bad variable, one line each', () => {
    let error: unknown;
    try {
      loadAppConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        BODY_LIMIT: '5gb',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => /^PORT: expected an integer/.test(p))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('BODY_LIMIT:'))).toBe(true);
  });

  it('parses sizes, lists and booleans', () => {
    const config = loadAppConfig({
      BODY_LIMIT: '512kb',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DATABASE_URL: 'postgres://u@localhost/db',
    });
    expect(config.http.bodyLimit).toBe(512 * 1024);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.database.migrateOnStart).toBe(false);
  });

  it('bounds the input limits, with defaults that match the documented ones', () => {
    expect(loadAppConfig({}).http.limits).toEqual({
      jsonDepth: 32,
      jsonObjectKeys: 200,
      jsonArrayItems: 1_000,
      jsonValues: 10_000,
      queryParams: 50,
    });
    expect(loadAppConfig({ JSON_MAX_VALUES: '500', QUERY_MAX_PARAMS: '20' }).http.limits).toMatchObject({
      jsonValues: 500,
      queryParams: 20,
    });
    expect(() => loadAppConfig({ JSON_MAX_OBJECT_KEYS: '100000', JSON_MAX_DEPTH: '0' })).toThrow(
      /JSON_MAX_DEPTH[\s\S]*JSON_MAX_OBJECT_KEYS|JSON_MAX_OBJECT_KEYS[\s\S]*JSON_MAX_DEPTH/,
    );
  });

  it('bounds the time to receive a request and idle keep-alive connections', () => {
    expect(loadAppConfig({}).http).toMatchObject({ requestTimeoutMs: 30_000, keepAliveTimeoutMs: 72_000 });
    expect(loadAppConfig({ REQUEST_TIMEOUT_MS: '5000' }).http.requestTimeoutMs).toBe(5_000);
    expect(() => loadAppConfig({ REQUEST_TIMEOUT_MS: '0', KEEP_ALIVE_TIMEOUT_MS: 'forever' })).toThrow(
      /REQUEST_TIMEOUT_MS[\s\S]*KEEP_ALIVE_TIMEOUT_MS/,
    );
  });

  it('keeps argon2 at or above the OWASP minimum', () => {
    expect(() => loadAppConfig({ ARGON2_MEMORY_KIB: '1024' })).toThrow(/ARGON2_MEMORY_KIB/);
  });

  it('serves metrics only on a separate port or behind a token, never open on the public port', () => {
    expect(loadAppConfig({}).telemetry.metrics.enabled).toBe(false);
    expect(loadAppConfig({ METRICS_PORT: '9464' }).telemetry.metrics).toMatchObject({ enabled: true, port: 9464 });
    expect(loadAppConfig({ METRICS_TOKEN: 'k'.repeat(32) }).telemetry.metrics).toMatchObject({
      enabled: true,
      port: undefined,
    });
    expect(() => loadAppConfig({ PORT: '8080', METRICS_PORT: '8080' })).toThrow(/METRICS_PORT: must differ from PORT/);
    expect(() => loadAppConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: expected at least 32/);
    expect(() => loadAppConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
  });

  it('validates the OTLP endpoint that turns tracing on', () => {
    expect(loadAppConfig({}).telemetry.tracesEndpoint).toBeUndefined();
    expect(loadAppConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).telemetry.tracesEndpoint).toBe(
      'http://collector:4318',
    );
    expect(() => loadAppConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  it('bounds the refresh reuse grace window: 10 s by default, 0 turns it off, at most 300', () => {
    expect(loadAppConfig({}).jwt.refreshReuseGraceSeconds).toBe(10);
    expect(loadAppConfig({ REFRESH_REUSE_GRACE_S: '0' }).jwt.refreshReuseGraceSeconds).toBe(0);
    expect(() => loadAppConfig({ REFRESH_REUSE_GRACE_S: '301' })).toThrow(/REFRESH_REUSE_GRACE_S/);
    expect(() => loadAppConfig({ REFRESH_REUSE_GRACE_S: '-1' })).toThrow(/REFRESH_REUSE_GRACE_S/);
  });

  it('takes an IDEMPOTENCY_TTL as short as 1 s (so expiry can be tried), 24 h by default', () => {
    expect(loadAppConfig({}).idempotency.ttlSeconds).toBe(86_400);
    expect(loadAppConfig({ IDEMPOTENCY_TTL: '1' }).idempotency.ttlSeconds).toBe(1);
    expect(() => loadAppConfig({ IDEMPOTENCY_TTL: '0' })).toThrow(/IDEMPOTENCY_TTL/);
  });
});

describe('describeEnv', () => {
  it('lists every variable the rules read and what production requires, from the rules themselves', () => {
    const { variables, requiredInProduction } = describeEnv();
    expect(variables).toEqual(
      expect.arrayContaining(['NODE_ENV', 'PORT', 'DATABASE_URL', 'JWT_SECRET', 'TRUST_PROXY']),
    );
    expect(requiredInProduction).toEqual(['JWT_SECRET', 'SMTP_URL']);
    expect(variables).toEqual([...new Set(variables)].sort());
  });

  it('says which explicit setting stands in for a required variable, and checks a manifest against both', () => {
    const description = describeEnv();
    expect(description.variables).toContain('MAIL_TRANSPORT');
    expect(description.unlessSet).toEqual({ SMTP_URL: { name: 'MAIL_TRANSPORT', value: 'log' } });
    expect(missingInProduction(description, {})).toEqual(['JWT_SECRET', 'SMTP_URL']);
    expect(missingInProduction(description, { JWT_SECRET: 'x', SMTP_URL: 'smtp://m' })).toEqual([]);
    expect(missingInProduction(description, { JWT_SECRET: 'x', MAIL_TRANSPORT: 'log' })).toEqual([]);
    expect(missingInProduction(description, { JWT_SECRET: 'x', MAIL_TRANSPORT: 'smtp' })).toEqual(['SMTP_URL']);
  });
});
