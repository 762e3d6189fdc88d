import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { DatabaseServer } from '@groundwork/database';
import { DEAD_LETTER_QUEUE, type JobDefinition } from './job-definition.js';
import { JOBS_ROLE, type JobsRole } from './jobs-role.js';
import { engineOptions, JOBS_SCHEMA } from './engine-options.js';

/** Dead-lettered jobs wait for an operator (`jobs:retry --dead`) for up to a year. */
const DEAD_LETTER_RETENTION_SECONDS = 365 * 86_400;

/**
 * Owns this process's pg-boss instance: started once the database (and its migrations) are up,
 * stopped gracefully before the database closes. Processes that run jobs also supervise (expired
 * and silent jobs, schedules); the others only enqueue.
 */
@Injectable()
export class JobsEngine implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private instance?: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private stopping = false;
  private starting?: Promise<PgBoss>;

  constructor(
    private readonly server: DatabaseServer,
    // Injected so the data source, and the migrations it runs at start, come first.
    readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    @Inject(JOBS_ROLE) readonly role: JobsRole,
  ) {}

  /** Whether this process runs handlers and schedules (the worker, or the API with JOBS_MODE=inline). */
  get runsJobs(): boolean {
    return this.role === 'worker' || (this.role === 'api' && this.config.jobs.mode === 'inline');
  }

  /** The started engine; the CLI starts it on first use, the apps at boot. */
  get boss(): PgBoss {
    if (!this.instance) {
      throw new Error('The jobs engine is not started');
    }
    return this.instance;
  }

  get isRunning(): boolean {
    return this.instance !== undefined && !this.stopping;
  }

  async onModuleInit(): Promise<void> {
    if (this.role !== 'client') {
      await this.ready();
    }
  }

  ready(): Promise<PgBoss> {
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  /** Installs or upgrades pg-boss's schema with its own versioned migrator (`npm run cli -- migrate`). */
  async migrateSchema(): Promise<void> {
    const boss = new PgBoss(
      engineOptions(await this.server.url(), this.config, { migrate: true, runsJobs: false, instanceName: 'migrate' }),
    );
    boss.on('error', (error) => this.logger.error(`Job engine error: ${error.message}`));
    await boss.start();
    await boss.stop({ graceful: false, close: true });
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss(
      engineOptions(await this.server.url(), this.config, {
        migrate: this.config.database.migrateOnStart,
        runsJobs: this.runsJobs,
        instanceName: this.role,
      }),
    );
    boss.on('error', (error) => this.logger.error(`Job engine error: ${error.message}`));
    boss.on('warning', (warning) => this.logger.warn(`Job engine: ${warning.message}`));
    try {
      await boss.start();
    } catch (error) {
      throw new Error(
        `Jobs schema "${JOBS_SCHEMA}" is missing or older than this version needs (run \`npm run cli -- migrate\`): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    await this.createOrUpdate(boss, DEAD_LETTER_QUEUE, { retentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
    this.instance = boss;
    return boss;
  }

  /** Creates the job's queue once per process (idempotent across processes), with its retry policy. */
  ensureJobQueue(job: JobDefinition<object>): Promise<void> {
    const timeout = resolve(job.timeoutSeconds, this.config);
    return this.ensureQueue(job.name, {
      retryLimit: job.retryLimit,
      retryDelay: resolve(job.retryDelaySeconds, this.config),
      retryBackoff: job.backoff,
      ...(job.retryDelayMaxSeconds === undefined ? {} : { retryDelayMax: job.retryDelayMaxSeconds }),
      expireInSeconds: Math.max(1, Math.ceil(timeout)),
      ...(job.keepCompletedSeconds === undefined ? {} : { deleteAfterSeconds: job.keepCompletedSeconds }),
      // A last attempt that fails or times out reaches the handler's onDeadLetter (JobRunner); one whose
      // process died is dead-lettered by a supervisor that has no handler to call: it shows only in
      // the dead-letter queue's depth (groundwork_jobs_queue_depth{queue="jobs.dead-letter"}).
      deadLetter: DEAD_LETTER_QUEUE,
      // A worker that dies mid-job stops sending heartbeats: its job is retried after this long,
      // however long the job's own timeout.
      heartbeatSeconds: HEARTBEAT_SECONDS,
      notify: true,
    });
  }

  private ensureQueue(name: string, options: Parameters<PgBoss['createQueue']>[1]): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.ready()
        .then((boss) => this.createOrUpdate(boss, name, options))
        .catch((error: unknown) => {
          this.queues.delete(name);
          throw error;
        });
      this.queues.set(name, created);
    }
    return created;
  }

  private async createOrUpdate(
    boss: PgBoss,
    name: string,
    options: Parameters<PgBoss['createQueue']>[1],
  ): Promise<void> {
    if (await boss.getQueue(name)) {
      // A deploy may change a job's policy; the settings every later job inherits follow it.
      await boss.updateQueue(name, updatableQueueOptions(options));
      return;
    }
    await boss.createQueue(name, options).catch(async (error: unknown) => {
      // Another process created it between the check and here.
      if (!(await boss.getQueue(name))) {
        throw error;
      }
    });
  }

  /** In-flight jobs get up to SHUTDOWN_TIMEOUT_MS to finish; those still running are failed (and retried later). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.starting?.catch(() => undefined);
    if (!this.instance || this.stopping) {
      return;
    }
    this.stopping = true;
    await this.instance.stop({ graceful: true, close: true, timeout: this.config.http.shutdownTimeoutMs });
  }
}

export const HEARTBEAT_SECONDS = 10;

/** Partitioning and policy are fixed when a queue is created; everything else may follow a deploy. */
function updatableQueueOptions(
  options: Parameters<PgBoss['createQueue']>[1] = {},
): Parameters<PgBoss['updateQueue']>[1] {
  const updatable: Record<string, unknown> = { ...options };
  delete updatable.partition;
  delete updatable.policy;
  return updatable;
}

function resolve(setting: number | ((config: AppConfig) => number), config: AppConfig): number {
  return typeof setting === 'function' ? setting(config) : setting;
}
