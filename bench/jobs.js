// npm run bench -- --scenarios jobs   (or: npm run build && node bench/jobs.js [--jobs 2000] [--rounds 2] [--quick])
// Enqueue-and-complete through Groundwork's jobs lib (payload validated, each job enqueued in its own
// TypeORM transaction, handled through the discovered handler) against bare pg-boss doing the same
// work with the same engine settings, alternating, in one run on one database server.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { serverUrl, withDatabase } from './lib/database.js';

const { values: args } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '2' },
    producers: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '10' },
    quick: { type: 'boolean', default: false },
  },
});
const config = {
  jobs: args.quick ? 200 : Number(args.jobs),
  rounds: args.quick ? 1 : Number(args.rounds),
  producers: Number(args.producers),
  concurrency: Number(args.concurrency),
};
const DATABASE = 'groundwork_bench_jobs';
/** The configuration both sides share (Groundwork reads it; the baseline gets the same engine options from it). */
const ENGINE_ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-'.repeat(8),
  SMTP_URL: 'smtp://127.0.0.1:9',
  JOBS_CONCURRENCY: String(config.concurrency),
  JOBS_POLL_INTERVAL_MS: '500',
  LOG_LEVEL: 'warn',
};
const dist = new URL('../dist/', import.meta.url);
const lib = async (path) => import(new URL(path, dist).href);

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Enqueues `count` jobs from `producers` concurrent loops and waits for every completion. */
async function drive(label, count, enqueue, completions) {
  const started = new Map();
  let next = 0;
  const t0 = performance.now();
  const done = new Promise((resolve) => {
    completions.onDone = (n) => {
      completions.latencies.push(performance.now() - started.get(n));
      if (completions.latencies.length === count) {
        resolve();
      }
    };
  });
  await Promise.all(
    Array.from({ length: config.producers }, async () => {
      while (next < count) {
        const n = next++;
        started.set(n, performance.now());
        await enqueue(n);
      }
    }),
  );
  const enqueuedMs = performance.now() - t0;
  await done;
  const totalMs = performance.now() - t0;
  const sorted = [...completions.latencies].sort((a, b) => a - b);
  completions.latencies.length = 0;
  return {
    label,
    jobs: count,
    enqueuePerSecond: (count / enqueuedMs) * 1000,
    completePerSecond: (count / totalMs) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

async function groundwork(url) {
  const { NestFactory } = await import('@nestjs/core');
  const { Injectable, Module } = await import('@nestjs/common');
  const { IsInt, Min } = await import('class-validator');
  const { AppConfigModule } = await lib('libs/config/src/index.js');
  const { DatabaseModule, TransactionRunner } = await lib('libs/database/src/index.js');
  const { JobsModule, JobQueue, JobHandlerFor, defineJob } = await lib('libs/jobs/src/index.js');

  class BenchPayload {
    n = 0;
  }
  IsInt()(BenchPayload.prototype, 'n');
  Min(0)(BenchPayload.prototype, 'n');
  const BenchJob = defineJob({
    name: 'bench.noop',
    payload: BenchPayload,
    retryLimit: 0,
    retryDelaySeconds: 1,
    backoff: false,
    timeoutSeconds: 60,
  });
  const completions = { latencies: [], onDone: () => undefined };
  class BenchHandler {
    handle(payload) {
      completions.onDone(payload.n);
      return Promise.resolve();
    }
  }
  Injectable()(BenchHandler);
  JobHandlerFor(BenchJob)(BenchHandler);
  // Decorated by hand below (plain JS): the class is only a module token.
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class
  class BenchModule {}
  Module({ providers: [BenchHandler] })(BenchModule);
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class
  class Root {}
  Module({
    imports: [
      AppConfigModule.forRoot({ overrides: { ...ENGINE_ENV, DATABASE_URL: url } }),
      DatabaseModule.forRoot(),
      JobsModule.forRoot('worker'),
      BenchModule,
    ],
  })(Root);
  const app = await NestFactory.createApplicationContext(Root, { logger: ['error'] });
  await app.init();
  const queue = app.get(JobQueue);
  const transactions = app.get(TransactionRunner);
  return {
    run: (count) =>
      drive('groundwork', count, (n) => transactions.run((tx) => queue.enqueue(BenchJob, { n }, { tx })), completions),
    close: () => app.close(),
  };
}

/** A name of its own: pg-boss's NOTIFY channel is per queue name, and both engines share the database. */
const BASELINE_QUEUE = 'bench.baseline';

async function barePgBoss(url) {
  // The same engine options and work options as the jobs lib uses, only on a schema of its own.
  const { loadAppConfig } = await lib('libs/config/src/index.js');
  const { engineOptions } = await lib('libs/jobs/src/index.js');
  const appConfig = loadAppConfig({ ...ENGINE_ENV, DATABASE_URL: url });
  const boss = new PgBoss({
    ...engineOptions(url, appConfig, { migrate: true, runsJobs: true, instanceName: 'bench-baseline' }),
    schema: 'pgboss_baseline',
  });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.createQueue(BASELINE_QUEUE, { notify: true, retryLimit: 0, heartbeatSeconds: 10 });
  const completions = { latencies: [], onDone: () => undefined };
  await boss.work(
    BASELINE_QUEUE,
    {
      includeMetadata: true,
      perJobResults: true,
      batchSize: 1,
      localConcurrency: config.concurrency,
      pollingIntervalSeconds: 0.5,
      notifyPollingIntervalSeconds: 0.5,
    },
    async ([job]) => {
      completions.onDone(job.data.n);
      return [{ id: job.id, status: 'completed' }];
    },
  );
  return {
    run: (count) => drive('pg-boss', count, (n) => boss.send(BASELINE_QUEUE, { n }), completions),
    close: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}

const fmt = (r) =>
  `${r.label.padEnd(10)} ${String(r.jobs).padStart(6)} jobs  enqueue ${r.enqueuePerSecond.toFixed(0).padStart(5)}/s  enqueue+complete ${r.completePerSecond.toFixed(0).padStart(5)}/s  latency p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms`;

async function main() {
  console.log(
    `jobs bench: ${JSON.stringify(config)}; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const url = withDatabase(serverUrl, DATABASE);
  // As a release does it: production refuses to migrate at start.
  execFileSync(process.execPath, [fileURLToPath(new URL('apps/cli/src/main.js', dist)), 'migrate'], {
    env: { ...process.env, ...ENGINE_ENV, DATABASE_URL: url },
    stdio: 'ignore',
  });
  const targets = [await groundwork(url), await barePgBoss(url)];
  try {
    // Warm-up, discarded.
    for (const target of targets) {
      await target.run(Math.min(200, config.jobs));
    }
    const results = [];
    for (let round = 1; round <= config.rounds; round++) {
      const order = round % 2 === 1 ? targets : [...targets].reverse();
      for (const target of order) {
        const result = await target.run(config.jobs);
        results.push(result);
        console.log(`  round ${round} ${fmt(result)}`);
      }
    }
    const median = (label, key) => {
      const values = results
        .filter((r) => r.label === label)
        .map((r) => r[key])
        .sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)];
    };
    console.log('');
    for (const label of ['groundwork', 'pg-boss']) {
      console.log(
        fmt({
          label,
          jobs: config.jobs,
          enqueuePerSecond: median(label, 'enqueuePerSecond'),
          completePerSecond: median(label, 'completePerSecond'),
          p50: median(label, 'p50'),
          p99: median(label, 'p99'),
        }),
      );
    }
    console.log(
      `ratio jobs ${(median('groundwork', 'completePerSecond') / median('pg-boss', 'completePerSecond')).toFixed(3)} (enqueue+complete, Groundwork / bare pg-boss)`,
    );
  } finally {
    for (const target of targets) {
      await target.close();
    }
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`jobs bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
