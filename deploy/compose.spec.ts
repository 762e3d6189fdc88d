import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeEnv, loadAppConfig, missingInProduction } from '@groundwork/config';
import { PROCESS_ENV, ROOT, apiPaths, commandProblems, dockerfile, pathOf } from './deployment-facts.js';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  restart?: string;
  stop_grace_period?: string;
}

// Values an operator would export before `docker compose up`; the file refuses to start without them.
const OPERATOR_ENV: Record<string, string> = { POSTGRES_PASSWORD: 'pw-from-operator', JWT_SECRET: 'j'.repeat(48) };

/** Compose's interpolation, for the forms the file uses: ${VAR}, ${VAR:-default}, ${VAR:?error}. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_all, name: string, kind?: string, rest?: string) => {
    const value = env[name];
    if (value !== undefined && value !== '') {
      return value;
    }
    if (kind === '?') {
      throw new Error(`${name} is required: ${rest}`);
    }
    return kind === '-' ? (rest ?? '') : '';
  });
}

const raw = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = parse(interpolate(raw, OPERATOR_ENV), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const apis = Object.keys(services).filter((name) => /^api-\d+$/.test(name));
const env = describeEnv();
const docker = dockerfile();

function serviceAt(url: string): string {
  return new URL(url).hostname;
}

describe('docker-compose.yml, checked against the app', () => {
  it('has PostgreSQL, Redis, a one-shot migration, two API instances and NGINX in front (and the worker when there is one)', () => {
    expect(apis).toEqual(['api-1', 'api-2']);
    const expected = ['postgres', 'redis', 'migrate', 'nginx', ...apis];
    expect(Object.keys(services)).toEqual(expect.arrayContaining(expected));
    expect('worker' in services).toBe(existsSync(join(ROOT, 'apps/worker')));
  });

  it('the worker runs the jobs for the fleet: the instances only enqueue, and it is health-checked on its own port', () => {
    const worker = services.worker!;
    expect(commandProblems(worker.command!)).toEqual([]);
    expect(worker.command!.at(-1)).toBe('dist/apps/worker/src/main.js');
    const environment = worker.environment!;
    expect(Object.keys(environment).filter((v) => !env.variables.includes(v))).toEqual([]);
    const config = loadAppConfig(environment);
    expect(config.env).toBe('production');
    expect(serviceAt(config.database.url!)).toBe('postgres');
    expect(pathOf(worker.healthcheck!.test.join(' '))).toEqual({ port: config.jobs.workerPort, path: '/health/ready' });
    for (const api of apis) {
      expect([api, loadAppConfig(services[api]!.environment!).jobs.mode]).toEqual([api, 'off']);
    }
  });

  it('refuses to start without the secrets an operator must choose', () => {
    expect(() => interpolate(raw, {})).toThrow(/POSTGRES_PASSWORD is required/);
    expect(() => interpolate(raw, { POSTGRES_PASSWORD: 'x' })).toThrow(/JWT_SECRET is required/);
  });

  it('every long-running service has a pinned image and a health check; the instances start after it is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.image]).toEqual([name, expect.stringMatching(/^[\w./-]+:[\w.-]+$/)]);
      expect(service.image).not.toMatch(/:latest$/);
      if (name !== 'migrate') {
        expect([name, service.healthcheck?.test.length]).toEqual([name, expect.any(Number)]);
      }
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(services[dependency]).toBeDefined();
        const wanted = dependency === 'migrate' ? 'service_completed_successfully' : 'service_healthy';
        expect([name, dependency, condition]).toEqual([name, dependency, wanted]);
      }
    }
    for (const api of apis) {
      expect(Object.keys(services[api]!.depends_on!)).toEqual(expect.arrayContaining(['migrate', 'redis']));
    }
    // Every long-running service told of Redis (the worker too) starts once Redis answers; the
    // one-shot migration shares the instances' environment but never uses Redis.
    for (const [name, service] of Object.entries(services)) {
      if (name !== 'migrate' && JSON.stringify(service).includes('REDIS_URL')) {
        expect([name, Object.keys(service.depends_on ?? {})]).toEqual([name, expect.arrayContaining(['redis'])]);
      }
    }
    expect(Object.keys(services.migrate!.depends_on!)).toEqual(['postgres']);
    expect(Object.keys(services.nginx!.depends_on!).sort()).toEqual(apis);
  });

  it('the instances and the migration get a complete, valid production configuration of known variables', () => {
    for (const name of [...apis, 'migrate']) {
      const environment = services[name]!.environment!;
      expect([name, Object.keys(environment).filter((v) => !env.variables.includes(v))]).toEqual([name, []]);
      expect([name, missingInProduction(env, environment)]).toEqual([name, []]);
      const config = loadAppConfig(environment);
      expect(config.env).toBe('production');
      expect(config.database.migrateOnStart).toBe(false);
      // More than one instance shares rate limits and revocations through Redis; NGINX sets the forwarded headers.
      expect(config.redisUrl).toBeDefined();
      expect(config.http.trustProxy).toBe(true);
      expect(config.http.port).toBe(docker.expose);
      expect(serviceAt(config.database.url!)).toBe('postgres');
      expect(serviceAt(config.redisUrl!)).toBe('redis');
      expect(config.mail.transport).toBe('smtp');
      expect(services[serviceAt(config.mail.smtpUrl!)]).toBeDefined();
      expect(new URL(config.database.url!).password).toBe(OPERATOR_ENV.POSTGRES_PASSWORD);
    }
  });

  it("the instances run the Dockerfile's command and are health-checked on a readiness path the app serves", () => {
    const paths = apiPaths();
    for (const api of apis) {
      const service = services[api]!;
      expect(service.build).toBe('.');
      expect(service.command ?? docker.cmd).toEqual(docker.cmd);
      const probe = pathOf(service.healthcheck!.test.join(' '));
      expect(probe).toEqual({ port: Number(service.environment!.PORT), path: '/health/ready' });
      expect(paths.has(probe!.path)).toBe(true);
      // Docker waits this long after SIGTERM before killing: the app's whole drain must fit.
      const grace = Number(/^(\d+)s$/.exec(service.stop_grace_period ?? '')?.[1]) * 1000;
      const { http } = loadAppConfig(service.environment!);
      expect(grace).toBeGreaterThan(http.shutdownDrainDelayMs + http.shutdownTimeoutMs);
    }
    expect(commandProblems(services.migrate!.command!)).toEqual([]);
    expect(services.migrate!.command!.at(-1)).toBe('migrate');
    expect(services.migrate!.restart).toBe('no');
    expect(paths.has(docker.healthPath)).toBe(true);
    expect(Object.keys(docker.env).filter((v) => !env.variables.includes(v) && !PROCESS_ENV.includes(v))).toEqual([]);
    expect(docker.user).toBe('node');
  });

  it('NGINX balances over exactly the API instances, on their port, with the body limit the API has', () => {
    const nginx = services.nginx!;
    const [source] = nginx.volumes!.map((volume) => volume.split(':')[0]!);
    const conf = readFileSync(join(ROOT, source!), 'utf8');
    const upstream = [...conf.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstream.sort()).toEqual(apis.map((api) => `${api}:${services[api]!.environment!.PORT}`));
    const limit = /client_max_body_size\s+(\d+)m;/.exec(conf)?.[1];
    expect(Number(limit) * 1024 * 1024).toBe(loadAppConfig(services[apis[0]!]!.environment!).http.bodyLimit);
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For/);
    expect(nginx.ports).toEqual(['8080:80']);
  });
});
