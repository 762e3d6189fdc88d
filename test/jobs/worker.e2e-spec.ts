import { randomBytes } from 'node:crypto';
import { uniqueEmail } from '../support/accounts.js';
import { createSuiteDatabase, databaseTargets, sql } from '../support/databases.js';
import { type ApiProcess, startApiProcess, startWorkerProcess } from '../support/api-process.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { until } from '../support/until.js';

async function register(baseUrl: string, email: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a sturdy passphrase 42', name: 'Worker Test' }),
  });
  return response.status;
}

function kill(process: ApiProcess): Promise<number | null> {
  process.child.kill('SIGKILL');
  return process.exited;
}

/** Real processes: the built API and apps/worker on one database, as a fleet runs them. */
describe.each(databaseTargets())('The worker on $name', (target) => {
  let databaseUrl: string;
  let drop: () => Promise<void>;
  let sink: SmtpSink | undefined;
  const running: ApiProcess[] = [];
  // One secret for every process of the suite, as a fleet shares one.
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), JOBS_MAINTENANCE_INTERVAL_SECONDS: '1' };
  const start = async (which: 'api' | 'worker', env: Record<string, string> = {}): Promise<ApiProcess> => {
    const started = await (which === 'api' ? startApiProcess : startWorkerProcess)({
      DATABASE_URL: databaseUrl,
      ...shared,
      ...env,
    });
    running.push(started);
    return started;
  };
  const mailJobs = (email: string) =>
    sql<{ id: string; state: string }>(
      databaseUrl,
      `SELECT id, state::text AS state FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`,
      [email],
    );

  beforeAll(async () => {
    ({ url: databaseUrl, drop } = await createSuiteDatabase(target));
  });
  afterEach(async () => {
    for (const process of running.splice(0)) {
      if (process.child.exitCode === null) {
        await kill(process);
      }
    }
    await sink?.close();
    sink = undefined;
  });
  afterAll(() => drop());

  it('a mail queued before the API is SIGKILLed is delivered once a worker runs', async () => {
    sink = await startSmtpSink();
    // JOBS_MODE=off: this API only enqueues, so the kill lands after the answer and before any send.
    const api = await start('api', { JOBS_MODE: 'off', SMTP_URL: sink.url });
    const email = uniqueEmail('crash');
    expect(await register(api.baseUrl, email)).toBe(201);
    await kill(api);
    expect(sink.messages).toHaveLength(0);
    expect(await mailJobs(email)).toEqual([expect.objectContaining({ state: 'created' })]);

    const worker = await start('worker', { SMTP_URL: sink.url });
    expect((await fetch(`${worker.baseUrl}/health/ready`)).status).toBe(200);
    await sink.waitFor((m) => m.to.includes(email), 20_000);
    expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });

  it('a job whose worker is killed mid-run is retried by the next worker, and delivered once', async () => {
    // The first delivery is held open: the worker is in the middle of sending when it dies.
    sink = await startSmtpSink({ holdFirst: 1 });
    const first = await start('worker', { SMTP_URL: sink.url });
    const api = await start('api', { JOBS_MODE: 'off', SMTP_URL: sink.url });
    const email = uniqueEmail('midrun');
    expect(await register(api.baseUrl, email)).toBe(201);
    await until(() => Promise.resolve(sink!.held === 1 ? true : undefined), 'the send to be in progress');
    expect(await mailJobs(email)).toEqual([expect.objectContaining({ state: 'active' })]);
    await kill(first);

    // The job survives its worker: once its heartbeat is missed, the next worker runs it again.
    await start('worker', { SMTP_URL: sink.url });
    await sink.waitFor((m) => m.to.includes(email), 40_000);
    expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    await until(async () => ((await mailJobs(email))[0]?.state === 'completed' ? true : undefined), 'completion');
  });

  it('two workers and one schedule: one job per period, each run once', async () => {
    // Every second: each worker's pass would send it; pg-boss files one job per minute slot.
    const schedule = { PRUNE_SCHEDULE: '* * * * * *', LOG_LEVEL: 'info', LOG_PRETTY: 'false' };
    const workers = [await start('worker', schedule), await start('worker', schedule)];
    const jobs = () =>
      sql<{ id: string; state: string }>(
        databaseUrl,
        `SELECT id, state::text AS state FROM pgboss.job WHERE name = 'auth.prune' ORDER BY created_on`,
      );
    await until(async () => ((await jobs()).some((job) => job.state === 'completed') ? true : undefined), 'a run');
    // Several more passes of both workers' schedulers (every second) inside the period.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    // A graceful stop: a forwarding job either finished (its job filed) or never started.
    for (const worker of workers) {
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
    }

    // The period a job belongs to is the slot its occurrence fell in (named on pg-boss's forwarding
    // job), not the minute it was created in: the first pass also files the occurrence of the
    // minute before, so two jobs of adjacent periods can be created in the same minute.
    const counted = await sql<{ slots: number }>(
      databaseUrl,
      `SELECT count(DISTINCT data->>'slot')::int AS slots FROM pgboss.job
        WHERE name = '__pgboss__send-it' AND data->>'name' = 'auth.prune' AND state = 'completed'`,
    );
    const slots = counted[0]?.slots ?? 0;
    const stored = await jobs();
    expect(slots).toBeGreaterThan(0);
    expect(stored.length).toBe(slots);
    const runs = workers
      .flatMap((worker) => worker.output().split('\n'))
      .filter((line) => line.includes('"job":"auth.prune"') && line.includes('"event":"job.completed"'));
    const ranIds = runs.map((line) => /"jobId":"([^"]+)"/.exec(line)?.[1]);
    expect(new Set(ranIds).size).toBe(ranIds.length);
    expect(ranIds.length).toBe(stored.filter((job) => job.state === 'completed').length);
  });

  it('on SIGTERM gives a running job SHUTDOWN_TIMEOUT_MS, releases it for a retry, and exits 0', async () => {
    sink = await startSmtpSink({ holdFirst: 1 });
    const worker = await start('worker', { SMTP_URL: sink.url, SHUTDOWN_TIMEOUT_MS: '1500' });
    const api = await start('api', { JOBS_MODE: 'off', SMTP_URL: sink.url });
    const email = uniqueEmail('drain');
    expect(await register(api.baseUrl, email)).toBe(201);
    await until(() => Promise.resolve(sink!.held === 1 ? true : undefined), 'the send to be in progress');

    const stoppedAt = Date.now();
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    // Released, not lost: it waits for its retry, and the next worker delivers it.
    expect(await mailJobs(email)).toEqual([expect.objectContaining({ state: 'retry' })]);
    await start('worker', { SMTP_URL: sink.url });
    await sink.waitFor((m) => m.to.includes(email), 20_000);
    expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
