import 'reflect-metadata';
import { startTracing } from '@groundwork/telemetry';

// Tracing patches pg, ioredis and http as they load, so it starts before the app is imported.
const tracing = await startTracing();
const { serve } = await import('./serve.js');
serve(tracing);
