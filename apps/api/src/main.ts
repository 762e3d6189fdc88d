import { enableCompileCache } from 'node:module';

// V8's compiled code for every module is kept on disk (NODE_COMPILE_CACHE, else the OS temp dir) and
// reused by the next start: compiling the ~2,000 modules the API loads was the largest part of its
// cold start (bench:profile of a start). Enabled before anything else is imported; unwritable, skipped.
enableCompileCache();
await import('reflect-metadata');
const { environmentWithDotenv, threadPoolSize, tuneHeap } = await import('@groundwork/config');
// libuv starts its thread pool on first use, reading this then: argon2's threads, one per concurrent
// hash. Read before the config loads .env, so .env is read here too.
const environment = environmentWithDotenv();
process.env.UV_THREADPOOL_SIZE ??= environment.UV_THREADPOOL_SIZE ?? String(threadPoolSize(environment));
tuneHeap();
const { startTracing } = await import('@groundwork/telemetry');

// Tracing patches pg, ioredis and http as they load, so it starts before the app is imported.
const tracing = await startTracing();
const { serve } = await import('./serve.js');
serve(tracing);
