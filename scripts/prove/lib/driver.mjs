// A bounded load driver: `concurrency` workers send requests back to back until the deadline (or
// until `stop()`), and every answer is recorded with its start time, duration and status.

/** Sends one request; status 0 means no HTTP answer at all (reset, refused, timeout). */
export async function send(url, init = {}, timeoutMs = 30_000) {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, text, headers: response.headers };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, text: String(error), headers: new Headers() };
  }
}

export function drive({ concurrency, durationMs, next }) {
  const results = [];
  let stopped = false;
  const deadline = performance.now() + durationMs;
  const worker = async (id) => {
    for (let i = 0; !stopped && performance.now() < deadline; i += 1) {
      const { url, init, onAnswer } = next(id, i);
      const at = performance.now();
      const result = await send(url, init);
      results.push({ at, ms: result.ms, status: result.status });
      onAnswer?.(result);
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id))).then(() => results);
  return {
    done,
    results,
    stop() {
      stopped = true;
      return done;
    },
  };
}

/** Counts per status (0 = no answer), max and p99 latency, requests per second. */
export function summarise(results, fromAt = -Infinity, toAt = Infinity) {
  const picked = results.filter((r) => r.at >= fromAt && r.at < toAt);
  const statuses = {};
  for (const r of picked) {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const latencies = picked.map((r) => r.ms).sort((a, b) => a - b);
  const span =
    picked.length > 0 ? (Math.max(...picked.map((r) => r.at + r.ms)) - Math.min(...picked.map((r) => r.at))) / 1000 : 0;
  return {
    requests: picked.length,
    statuses,
    failed: picked.filter((r) => r.status === 0 || r.status >= 500).length,
    maxMs: Math.round(latencies.at(-1) ?? 0),
    p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0),
    perSecond: span > 0 ? Math.round(picked.length / span) : 0,
  };
}
