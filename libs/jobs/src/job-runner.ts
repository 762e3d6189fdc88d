import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import { FeatureCatalog, FeatureContractError, featureOf } from '@groundwork/feature';
import type { JobResult, JobWithMetadata } from 'pg-boss';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { JOB_HANDLER_METADATA, type JobContext, type JobHandler, type JobHandlerMetadata } from './job-handler.js';
import { withTraceCarrier } from '@groundwork/telemetry';
import { InvalidJobPayloadError, splitTrace, validatePayload } from './job-payload.js';
import { JobsEngine } from './jobs-engine.js';

interface RegisteredHandler extends JobHandlerMetadata {
  instance: JobHandler<object>;
}

/**
 * Finds the job handlers the feature libs declare and, in a process that runs jobs, works their
 * queues and registers their schedules. Every attempt is logged with its outcome and duration.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');
  private handlers: RegisteredHandler[] = [];

  constructor(
    private readonly engine: JobsEngine,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly modules: ModulesContainer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Every declared handler, whether or not this process runs them. */
  get declared(): readonly JobHandlerMetadata[] {
    return this.handlers;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.handlers = this.discoverHandlers();
    if (this.engine.role === 'client') {
      // The CLI only enqueues, and must not touch the job schema before `migrate` has made it.
      return;
    }
    for (const { job } of this.handlers) {
      await this.engine.ensureJobQueue(job);
    }
    if (!this.engine.runsJobs) {
      return;
    }
    for (const handler of this.handlers) {
      await this.engine.boss.work(
        handler.job.name,
        {
          includeMetadata: true,
          perJobResults: true,
          batchSize: 1,
          localConcurrency: this.config.jobs.concurrency,
          pollingIntervalSeconds: this.config.jobs.pollIntervalMs / 1_000,
          notifyPollingIntervalSeconds: this.config.jobs.pollIntervalMs / 1_000,
        },
        async ([job]: JobWithMetadata[]) =>
          job ? [await withTraceCarrier(splitTrace(job.data).carrier, () => this.runOne(handler, job))] : [],
      );
    }
    await this.registerSchedules();
    this.logger.log(`Running ${this.handlers.map(({ job }) => job.name).join(', ') || 'no'} job handlers`);
  }

  /**
   * The handlers the features declare (FeatureDeclaration.jobHandlers), and those of platform libs
   * (mail), found by their @JobHandlerFor mark. A feature's handler it forgot to declare, or a
   * declared class no module provides, stops the boot: the contract stays the one list to read.
   */
  private discoverHandlers(): RegisteredHandler[] {
    const declared = new Set<unknown>(FeatureCatalog.of(this.modules).jobHandlers);
    const found: RegisteredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const metatype: unknown = wrapper.metatype;
      const instance: unknown = wrapper.instance;
      if (typeof metatype !== 'function' || !instance) {
        continue;
      }
      const metadata = this.reflector.get<JobHandlerMetadata | undefined>(JOB_HANDLER_METADATA, metatype);
      if (!metadata) {
        continue;
      }
      const feature = featureOf(wrapper.host?.metatype);
      if (feature && !declared.has(metatype)) {
        throw new FeatureContractError(
          `${metatype.name} handles job ${metadata.job.name}, but feature "${feature.name}" does not list it in jobHandlers`,
        );
      }
      declared.delete(metatype);
      if (found.some(({ job }) => job.name === metadata.job.name)) {
        throw new FeatureContractError(`Job ${metadata.job.name} has two handlers`);
      }
      found.push({ ...metadata, instance: instance as JobHandler<object> });
    }
    for (const missing of declared) {
      throw new FeatureContractError(
        `${(missing as { name?: string }).name ?? String(missing)} is listed in jobHandlers but no module provides it marked @JobHandlerFor(job)`,
      );
    }
    return found;
  }

  /** Schedules are rows in pg-boss's schema: each occurrence becomes one job, whichever process claims it. */
  private async registerSchedules(): Promise<void> {
    const boss = this.engine.boss;
    const wanted = new Set<string>();
    for (const { job, options } of this.handlers) {
      if (!options.schedule) {
        continue;
      }
      const { cron, payload } = options.schedule;
      const expression = typeof cron === 'function' ? cron(this.config) : cron;
      await boss.schedule(job.name, expression, validatePayload(job, payload), { tz: 'UTC' });
      wanted.add(job.name);
    }
    // A schedule whose handler is gone (renamed, removed) would enqueue jobs nobody runs.
    for (const schedule of await boss.getSchedules()) {
      if (!wanted.has(schedule.name) && this.handlers.some(({ job }) => job.name === schedule.name)) {
        await boss.unschedule(schedule.name, schedule.key);
      }
    }
  }

  private async runOne(handler: RegisteredHandler, job: JobWithMetadata): Promise<JobResult> {
    const context: JobContext = {
      id: job.id,
      attempt: job.retryCount + 1,
      maxAttempts: job.retryLimit + 1,
      signal: job.signal,
    };
    const fields = { job: handler.job.name, jobId: job.id, attempt: context.attempt };
    const startedAt = performance.now();
    let payload: object;
    try {
      payload = validatePayload(handler.job, splitTrace(job.data).data);
    } catch (error) {
      // Retrying cannot fix a malformed payload: straight to the dead letter.
      this.logger.error({ ...fields, event: 'job.rejected', error: describe(error) }, 'Job payload refused');
      return { id: job.id, status: 'deadletter', output: { message: describe(error) } };
    }
    try {
      await handler.instance.handle(payload, context);
      this.logger.log(
        { ...fields, event: 'job.completed', ms: elapsed(startedAt) },
        `Job ${handler.job.name} completed`,
      );
      return { id: job.id, status: 'completed' };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const last = context.attempt >= context.maxAttempts || error instanceof InvalidJobPayloadError;
      this.logger.warn(
        { ...fields, event: last ? 'job.dead-lettered' : 'job.failed', ms: elapsed(startedAt), error: describe(error) },
        `Job ${handler.job.name} failed (attempt ${context.attempt}/${context.maxAttempts})`,
      );
      if (last) {
        await this.deadLetterHook(handler, payload, error, context);
      }
      return { id: job.id, status: last ? 'deadletter' : 'failed', output: { message: describe(error) } };
    }
  }

  private async deadLetterHook(
    handler: RegisteredHandler,
    payload: object,
    error: Error,
    context: JobContext,
  ): Promise<void> {
    try {
      await handler.instance.onDeadLetter?.(payload, error, context);
    } catch (hookError) {
      this.logger.error(`Dead-letter hook of ${handler.job.name} failed: ${describe(hookError)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
