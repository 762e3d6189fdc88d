import { enableCompileCache } from 'node:module';

// As in apps/api: compiled code is cached on disk for the next start.
enableCompileCache();
await import('reflect-metadata');
// As in apps/api: the heap grows to 1.5x its live set, not up to 4x.
const { tuneHeap } = await import('@groundwork/config');
tuneHeap();
const { startTracing } = await import('@groundwork/telemetry');

// apps/worker: runs the job handlers and schedules the libs declare; `npm run start:worker`.
// Tracing patches pg, ioredis and http as they load, so it starts before the worker is imported:
// the jobs' spans (and the traceparent of webhook deliveries) continue the enqueuing request's trace.
const tracing = await startTracing();
const { runWorker } = await import('./run-worker.js');
runWorker(tracing);
