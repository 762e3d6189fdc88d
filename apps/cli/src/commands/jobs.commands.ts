import { Command, CommandRunner, Option } from 'nest-commander';
import { type AppConfig, InjectConfig } from '@groundwork/config';
import { JobsAdmin } from '@groundwork/jobs';
import { confirmDestructive } from '../confirm.js';

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

@Command({ name: 'jobs:purge', description: 'Delete jobs completed before a date (asks first)' })
export class JobsPurgeCommand extends CommandRunner {
  constructor(
    private readonly jobs: JobsAdmin,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super();
  }

  async run(_: string[], options: { completedBefore?: Date; yes?: boolean }): Promise<void> {
    const before = options.completedBefore;
    if (!before) {
      throw new Error('--completed-before <date> is required');
    }
    const counts = await this.jobs.countCompletedBefore(before);
    const total = counts.reduce((sum, { count }) => sum + count, 0);
    if (total === 0) {
      process.stdout.write(`Nothing to delete: no job completed before ${before.toISOString()}\n`);
      return;
    }
    await confirmDestructive({
      action: `delete ${total} job(s) completed before ${before.toISOString()}`,
      effects: counts.map(({ queue, count }) => `${count} completed job(s) of ${queue}`),
      yes: options.yes === true,
      production: this.config.env === 'production',
    });
    const deleted = await this.jobs.purgeCompleted(before);
    process.stdout.write(`Deleted ${deleted} completed job(s)\n`);
  }

  @Option({ flags: '--completed-before <date>', description: 'an ISO date or date-time, e.g. 2026-01-31' })
  parseCompletedBefore(value: string): Date {
    const date = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
      throw new Error(`--completed-before: expected an ISO date such as 2026-01-31, got "${value}"`);
    }
    return date;
  }

  @Option({ flags: '-y, --yes', description: 'Do not ask (required without a terminal and in production)' })
  parseYes(): boolean {
    return true;
  }
}
