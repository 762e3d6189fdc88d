import type { PgBoss } from 'pg-boss';
import type { Counter, Histogram } from 'prom-client';
import { defineCounter, defineGauge, defineHistogram, Metrics } from '@groundwork/telemetry';

/** How an attempt ended: dead-lettered is a last attempt that failed (or a payload refused on receipt). */
export const JOB_OUTCOMES = ['completed', 'failed', 'dead-lettered'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

/**
 * Disjoint, so they add up: ready to run now, deferred (a start time or a retry delay ahead),
 * blocked (waiting on a parent job), active (running), failed (kept after their last attempt).
 */
const QUEUE_STATES = ['ready', 'deferred', 'blocked', 'active', 'failed'] as const;

/** What the jobs lib measures; the job and queue labels take only the names of declared jobs. */
export const JOB_METRICS = {
  queueDepth: defineGauge({
    name: 'groundwork_jobs_queue_depth',
    help: "Jobs per queue and state, from pg-boss's queue statistics (refreshed every JOBS_MAINTENANCE_INTERVAL_SECONDS by the processes that run jobs)",
    labelNames: ['queue', 'state'],
  }),
  duration: defineHistogram({
    name: 'groundwork_jobs_duration_seconds',
    help: 'Time a handler ran per attempt, by job and outcome',
    labelNames: ['job', 'outcome'],
    // Mails and deliveries take milliseconds to seconds; a job may run up to its timeout.
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  }),
  failures: defineCounter({
    name: 'groundwork_jobs_failures_total',
    help: 'Attempts that failed (each is retried until the last), by job',
    labelNames: ['job'],
  }),
  deadLetters: defineCounter({
    name: 'groundwork_jobs_dead_letters_total',
    help: 'Jobs moved to the dead letter after their last attempt failed or timed out, or their payload was refused, by job',
    labelNames: ['job'],
  }),
} as const;

/** The per-attempt metrics of the process that runs the handlers. */
export class JobMetrics {
  private readonly duration: Histogram<'job' | 'outcome'>;
  private readonly failures: Counter<'job'>;
  private readonly deadLetters: Counter<'job'>;

  constructor(metrics: Metrics, jobs: readonly string[]) {
    // Every declared job's series exists from the first scrape, at 0, so increase() sees the first event.
    this.duration = metrics.histogram({ ...JOB_METRICS.duration, labelValues: { job: jobs, outcome: JOB_OUTCOMES } });
    this.failures = metrics.counter({ ...JOB_METRICS.failures, labelValues: { job: jobs } });
    this.deadLetters = metrics.counter({ ...JOB_METRICS.deadLetters, labelValues: { job: jobs } });
  }

  attempt(job: string, outcome: JobOutcome, seconds: number): void {
    this.duration.observe({ job, outcome }, seconds);
    if (outcome !== 'completed') {
      this.failures.inc({ job });
    }
    if (outcome === 'dead-lettered') {
      this.deadLetters.inc({ job });
    }
  }

  /**
   * Queue depth read at scrape time from pg-boss's cached statistics: one row per queue, so a scrape
   * costs one indexed query whatever the backlog; only the queues named here are exported.
   */
  static collectQueueDepth(metrics: Metrics, boss: () => PgBoss | undefined, queues: readonly string[]): void {
    metrics.gauge(JOB_METRICS.queueDepth, async function collect() {
      const engine = boss();
      if (!engine) {
        return;
      }
      try {
        const rows = await engine.getQueues([...queues]);
        this.reset();
        for (const row of rows) {
          const counts: Record<(typeof QUEUE_STATES)[number], number> = {
            ready: row.readyCount,
            deferred: row.deferredCount,
            blocked: row.blockedCount,
            active: row.activeCount,
            failed: row.failedCount,
          };
          for (const state of QUEUE_STATES) {
            this.set({ queue: row.name, state }, counts[state]);
          }
        }
      } catch {
        // The database is unreachable: no depth rather than a stale one (readiness reports the outage).
        this.reset();
      }
    });
  }
}
