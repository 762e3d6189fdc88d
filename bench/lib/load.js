import autocannon from 'autocannon';

/** Runs one autocannon instance to completion; `onResponse(client, status, bytes, ms)` sees every response. */
export function runLoad(options, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) {
      instance.on('response', onResponse);
    }
  });
}

/** The figures the report uses. autocannon's `errors` already includes its timeouts. */
export function summarise(result) {
  return {
    // Completed responses over the run's length: autocannon's per-second average misreads short runs
    // of slow requests (logins), whose first second may complete nothing.
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    errors: result.non2xx + result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

/** Nearest-rank percentile of unsorted samples (ms). */
export function percentile(samples, p) {
  if (samples.length === 0) {
    return NaN;
  }
  const sorted = Float64Array.from(samples).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return NaN;
  }
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
