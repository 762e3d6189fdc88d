export * from './jobs.module.js';
export { DEAD_LETTER_QUEUE, defineJob, type JobDefinition, type JobDefinitionOptions } from './job-definition.js';
export { InvalidJobPayloadError } from './job-payload.js';
export { JobHandlerFor, type JobContext, type JobHandler, type JobHandlerOptions } from './job-handler.js';
export { JobQueue, type EnqueueOptions } from './job-queue.js';
export { JobsEngine } from './jobs-engine.js';
export { JobsAdmin, type QueueStatus } from './jobs-admin.js';
export { engineOptions, JOBS_SCHEMA } from './engine-options.js';
export type { JobsRole } from './jobs-role.js';
