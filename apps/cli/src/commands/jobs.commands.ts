import { Command, CommandRunner, Option } from 'nest-commander';
import { JobsAdmin } from '@groundwork/jobs';

@Command({ name: 'jobs:status', description: 'Queues with their jobs counted by state and the oldest waiting' })
export class JobsStatusCommand extends CommandRunner {
  constructor(private readonly jobs: JobsAdmin) {
    super();
  }

  async run(): Promise<void> {
    const queues = await this.jobs.status();
    const states = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'];
    const rows = [
      ['queue', ...states, 'oldest waiting'],
      ...queues.map((queue) => [
        queue.queue,
        ...states.map((state) => String(queue.counts[state] ?? 0)),
        queue.oldestWaiting?.toISOString() ?? '-',
      ]),
    ];
    const widths = rows.reduce<number[]>(
      (max, row) => row.map((cell, column) => Math.max(max[column] ?? 0, cell.length)),
      [],
    );
    for (const row of rows) {
      const line = row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
      process.stdout.write(`${line.trimEnd()}\n`);
    }
  }
}

@Command({
  name: 'jobs:retry',
  arguments: '[id]',
  description: 'Run a failed or dead-lettered job again, or every dead-lettered job with --dead',
})
export class JobsRetryCommand extends CommandRunner {
  constructor(private readonly jobs: JobsAdmin) {
    super();
  }

  async run([id]: string[], options: { dead?: boolean }): Promise<void> {
    if ((id === undefined) === (options.dead !== true)) {
      throw new Error('Give either a job id or --dead');
    }
    const { retried } = id === undefined ? await this.jobs.retryDead() : await this.jobs.retry(id);
    process.stdout.write(`Retried ${retried} job(s)\n`);
  }

  @Option({ flags: '--dead', description: 'every job in the dead letter queue' })
  parseDead(): boolean {
    return true;
  }
}

@Command({ name: 'jobs:purge', description: 'Delete jobs completed before a date (history only: never asks)' })
export class JobsPurgeCommand extends CommandRunner {
  constructor(private readonly jobs: JobsAdmin) {
    super();
  }

  /**
   * No confirmation: it deletes only the history of jobs that completed before the date, never a job
   * waiting, running, failed or dead-lettered, so nothing live is lost and a cron script can run it
   * as the issue writes it. It still prints what it deletes.
   */
  async run(_: string[], options: { completedBefore?: Date }): Promise<void> {
    const before = options.completedBefore;
    if (!before) {
      throw new Error('--completed-before <date> is required');
    }
    const counts = await this.jobs.countCompletedBefore(before);
    if (counts.length === 0) {
      process.stdout.write(`Nothing to delete: no job completed before ${before.toISOString()}\n`);
      return;
    }
    process.stdout.write(counts.map(({ queue, count }) => `${queue}: ${count} completed job(s)\n`).join(''));
    const deleted = await this.jobs.purgeCompleted(before);
    process.stdout.write(`Deleted ${deleted} job(s) completed before ${before.toISOString()}\n`);
  }

  @Option({ flags: '--completed-before <date>', description: 'an ISO date or date-time, e.g. 2026-01-31' })
  parseCompletedBefore(value: string): Date {
    const date = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
      throw new Error(`--completed-before: expected an ISO date such as 2026-01-31, got "${value}"`);
    }
    return date;
  }

  // Accepted and ignored: scripts written when the purge asked first keep working.
  @Option({ flags: '-y, --yes', description: 'Accepted for compatibility; the purge never asks' })
  parseYes(): boolean {
    return true;
  }
}
