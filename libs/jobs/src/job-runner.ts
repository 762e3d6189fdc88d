import { Injectable, Logger, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import { FeatureCatalog, FeatureContractError, featureOf } from '@groundwork/feature';
import type { JobResult, JobWithMetadata } from 'pg-boss';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { JOB_HANDLER_METADATA, type JobContext, type JobHandler, type JobHandlerMetadata } from './job-handler.js';
import type { Span } from '@opentelemetry/api';
import { inConsumerSpan, Metrics, recordFailure, Untraced } from '@groundwork/telemetry';
import { DEAD_LETTER_QUEUE } from './job-definition.js';
import { JobMetrics, type JobOutcome } from './job-metrics.js';
import { InvalidJobPayloadError, splitTrace, validatePayload } from './job-payload.js';
import { JobsEngine } from './jobs-engine.js';

interface RegisteredHandler extends JobHandlerMetadata {
  instance: JobHandler<object>;
}

/**
 * Finds the job handlers the feature libs declare and, in a process that runs jobs, works their
 * queues and registers their schedules. Every attempt is logged, measured and traced with its
 * outcome and duration (in a `job <name>` span it opens itself, hence no Nest-level spans of its own).
 */
@Injectable()
@Untraced()
export class JobRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');
  private handlers: RegisteredHandler[] = [];
  private jobMetrics?: JobMetrics;

  constructor(
    private readonly engine: JobsEngine,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly modules: ModulesContainer,
    @InjectConfig() private readonly config: AppConfig,
    @Optional() private readonly metrics?: Metrics,
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
    if (this.metrics) {
      const names = this.handlers.map(({ job }) => job.name);
      this.jobMetrics = new JobMetrics(this.metrics, names);
      // From the processes that run jobs (and so refresh pg-boss's queue statistics): the depth of
      // every declared queue and of the dead letter, whatever the backlog, in one read per scrape.
      JobMetrics.collectQueueDepth(this.metrics, () => (this.engine.isRunning ? this.engine.boss : undefined), [
        ...names,
        DEAD_LETTER_QUEUE,
      ]);
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
        async ([job]: JobWithMetadata[]) => (job ? [await this.traced(handler, job)] : []),
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

  /**
   * One attempt in a CONSUMER span of its own, `job <name>`: a child of the span that enqueued the
   * job (its trace context travels in the payload) and linked to it, so the handler's Nest, pg and
   * outgoing spans join the enqueuing request's trace. A scheduled job starts a trace of its own.
   */
  private traced(handler: RegisteredHandler, job: JobWithMetadata): Promise<JobResult> {
    const attributes = {
      'messaging.system': 'pg-boss',
      'messaging.operation.type': 'process',
      'messaging.destination.name': handler.job.name,
      'messaging.message.id': job.id,
      'job.name': handler.job.name,
      'job.id': job.id,
      'job.attempt': job.retryCount + 1,
      'job.retry_count': job.retryCount,
    };
    return inConsumerSpan(`job ${handler.job.name}`, splitTrace(job.data).carrier, attributes, (span) =>
      this.runOne(handler, job, span),
    );
  }

  private async runOne(handler: RegisteredHandler, job: JobWithMetadata, span: Span): Promise<JobResult> {
    const context: JobContext = {
      id: job.id,
      attempt: job.retryCount + 1,
      maxAttempts: job.retryLimit + 1,
      signal: job.signal,
    };
    const fields = { job: handler.job.name, jobId: job.id, attempt: context.attempt };
    const startedAt = performance.now();
    const settle = (outcome: JobOutcome, error?: unknown): void => {
      span.setAttribute('job.outcome', outcome);
      if (error !== undefined) {
        recordFailure(span, error);
      }
      this.jobMetrics?.attempt(handler.job.name, outcome, (performance.now() - startedAt) / 1_000);
    };
    let payload: object;
    try {
      payload = validatePayload(handler.job, splitTrace(job.data).data);
    } catch (error) {
      // Retrying cannot fix a malformed payload: straight to the dead letter.
      this.logger.error({ ...fields, event: 'job.rejected', error: describe(error) }, 'Job payload refused');
      settle('dead-lettered', error);
      return { id: job.id, status: 'deadletter', output: { message: describe(error) } };
    }
    try {
      await untilAborted(handler.instance.handle(payload, context), job.signal);
      this.logger.log(
        { ...fields, event: 'job.completed', ms: elapsed(startedAt) },
        `Job ${handler.job.name} completed`,
      );
      settle('completed');
      return { id: job.id, status: 'completed' };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      // An aborted attempt was already failed by pg-boss (timed out, or still running when the
      // process stopped), with its retry accounting: on the last attempt it is in the dead letter
      // now, and this is the one place that learns of it while the handler's process is alive.
      const last = context.attempt >= context.maxAttempts || error instanceof InvalidJobPayloadError;
      this.logger.warn(
        { ...fields, event: last ? 'job.dead-lettered' : 'job.failed', ms: elapsed(startedAt), error: describe(error) },
        `Job ${handler.job.name} failed (attempt ${context.attempt}/${context.maxAttempts})`,
      );
      settle(last ? 'dead-lettered' : 'failed', error);
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

/**
 * The handler's outcome, or the abort pg-boss signals when the attempt timed out or the process is
 * stopping (the handler may keep running past it; pg-boss has already failed the job).
 */
function untilAborted(work: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) {
    return work;
  }
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void =>
      reject(new Error(`Attempt aborted: ${describe(signal.reason ?? 'timed out or stopping')}`));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function elapsed(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}
