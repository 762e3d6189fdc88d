// Preloaded into a server under measurement (`node --import ./bench/lib/memory-probe.js`): on SIGUSR2
// it appends one JSON line of process.memoryUsage() to MEMORY_PROBE_FILE, so the bench can split RSS
// into V8 heap, external and native memory from outside. Bench-only: never shipped.
import { appendFileSync } from 'node:fs';

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  process.on('SIGUSR2', () => {
    const usage = process.memoryUsage();
    // With --expose-gc: the heap's live set too, after a full collection (garbage vs retained).
    const liveHeap =
      typeof globalThis.gc === 'function' ? (globalThis.gc(), process.memoryUsage().heapUsed) : undefined;
    appendFileSync(file, `${JSON.stringify({ at: Date.now(), ...usage, liveHeap })}\n`);
  });
}
