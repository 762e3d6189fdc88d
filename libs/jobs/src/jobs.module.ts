import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventOutbox } from './event-outbox.js';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';
import { JobsAdmin } from './jobs-admin.js';
import { JobsEngine } from './jobs-engine.js';
import { JOBS_ROLE, type JobsRole } from './jobs-role.js';

/** Durable background jobs on pg-boss in the application's PostgreSQL; one per process, global. */
@Module({})
export class JobsModule {
  static forRoot(role: JobsRole): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [{ provide: JOBS_ROLE, useValue: role }, JobsEngine, JobQueue, JobRunner, JobsAdmin, EventOutbox],
      exports: [JobQueue, JobsEngine, JobsAdmin, EventOutbox],
    };
  }
}
