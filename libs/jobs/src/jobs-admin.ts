import { Injectable } from '@nestjs/common';
import { DEAD_LETTER_QUEUE } from './job-definition.js';
import { JOBS_SCHEMA } from './engine-options.js';
import { JobsEngine } from './jobs-engine.js';

export interface QueueStatus {
  queue: string;
  /** Jobs per state: created (waiting), retry (waiting after a failure), active, completed, failed, cancelled. */
  counts: Record<string, number>;
  /** When the oldest job still waiting to run was created. */
  oldestWaiting: Date | null;
}

export interface RetryOutcome {
  /** Jobs moved back to their queue. */
  retried: number;
}

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/** What operators do to the queues (the CLI's jobs:* commands). */
@Injectable()
export class JobsAdmin {
  constructor(private readonly engine: JobsEngine) {}

  /** Read from the job table itself, not pg-boss's periodically refreshed counters. */
  async status(): Promise<QueueStatus[]> {
    const rows = await this.sql<{ name: string; state: string | null; count: string; oldest: Date | null }>(
      `SELECT q.name, j.state::text AS state, count(j.id) AS count,
              min(j.created_on) FILTER (WHERE j.state IN ('created', 'retry')) AS oldest
         FROM ${JOBS_SCHEMA}.queue q LEFT JOIN ${JOBS_SCHEMA}.job j ON j.name = q.name
        GROUP BY q.name, j.state ORDER BY q.name`,
    );
    const byQueue = new Map<string, QueueStatus>();
    for (const row of rows) {
      const status = byQueue.get(row.name) ?? { queue: row.name, counts: {}, oldestWaiting: null };
      if (row.state !== null) {
        status.counts[row.state] = Number(row.count);
      }
      if (row.oldest && (!status.oldestWaiting || row.oldest < status.oldestWaiting)) {
        status.oldestWaiting = row.oldest;
      }
      byQueue.set(row.name, status);
    }
    return [...byQueue.values()];
  }

  /**
   * Runs a failed job once more, named by its own id or by its dead-letter copy's: either way one new
   * run, and nothing left for `--dead` to run again. A failed job's copy waiting in the dead letter
   * is what gets redriven (as `--dead` would), and a failed job whose copy was already redriven is
   * refused; only a failed job with no copy at all (its queue has no dead letter) is retried in place.
   */
  async retry(id: string): Promise<RetryOutcome> {
    if (!UUID.test(id)) {
      throw new Error(`Not a job id: ${id}`);
    }
    const [job] = await this.sql<{ name: string; state: string; root: string; created_on: Date }>(
      `SELECT name, state::text AS state, COALESCE(source_root_id, id) AS root, created_on
         FROM ${JOBS_SCHEMA}.job WHERE id = $1`,
      [id],
    );
    if (!job) {
      throw new Error(`No job with id ${id}`);
    }
    if (job.name === DEAD_LETTER_QUEUE) {
      return this.redrive(id, id);
    }
    if (job.state !== 'failed') {
      throw new Error(`Job ${id} is ${job.state}: only failed or dead-lettered jobs can be retried`);
    }
    const [copy] = await this.sql<{ id: string }>(
      `SELECT id FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND source_id = $2 AND state IN ('created', 'retry')`,
      [DEAD_LETTER_QUEUE, id],
    );
    if (copy) {
      return this.redrive(copy.id, id);
    }
    // A redriven copy carries the id of the first job of its chain: a later one means this failure
    // was already sent back (by its copy's id or by --dead).
    const [rerun] = await this.sql<{ id: string }>(
      `SELECT id FROM ${JOBS_SCHEMA}.job WHERE name = $1 AND source_root_id = $2 AND created_on > $3 LIMIT 1`,
      [job.name, job.root, job.created_on],
    );
    if (rerun) {
      throw new Error(`Job ${id} was already retried, as job ${rerun.id}`);
    }
    const result = await (await this.engine.ready()).retry(job.name, id);
    return { retried: (result as { affected?: number }).affected ?? 0 };
  }

  private async redrive(copyId: string, requested: string): Promise<RetryOutcome> {
    const boss = await this.engine.ready();
    const retried = await boss.redrive(DEAD_LETTER_QUEUE, { ids: [copyId] });
    if (retried === 0) {
      throw new Error(
        `Job ${requested} was not retried: its dead-letter copy ${copyId} is already retried, or collides with a job waiting in its queue`,
      );
    }
    return { retried };
  }

  /** Moves every dead-lettered job back to the queue it failed on. */
  async retryDead(): Promise<RetryOutcome> {
    const boss = await this.engine.ready();
    let retried = 0;
    for (;;) {
      const moved = await boss.redrive(DEAD_LETTER_QUEUE, { limit: 1_000 });
      retried += moved;
      if (moved < 1_000) {
        return { retried };
      }
    }
  }

  /** What purgeCompleted(before) would delete, per queue. */
  async countCompletedBefore(before: Date): Promise<{ queue: string; count: number }[]> {
    const rows = await this.sql<{ name: string; count: string }>(
      `SELECT name, count(*) AS count FROM ${JOBS_SCHEMA}.job
        WHERE state = 'completed' AND completed_on < $1 GROUP BY name ORDER BY name`,
      [before],
    );
    return rows.map((row) => ({ queue: row.name, count: Number(row.count) }));
  }

  /** Deletes jobs completed before the cutoff; returns how many. */
  async purgeCompleted(before: Date): Promise<number> {
    const rows = await this.sql<{ count: string }>(
      `WITH gone AS (DELETE FROM ${JOBS_SCHEMA}.job WHERE state = 'completed' AND completed_on < $1 RETURNING 1)
       SELECT count(*) AS count FROM gone`,
      [before],
    );
    return Number(rows[0]?.count ?? 0);
  }

  private async sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const boss = await this.engine.ready();
    const { rows } = await boss.getDb().executeSql(text, values);
    return rows as T[];
  }
}
