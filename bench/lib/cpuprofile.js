// Aggregates a V8 .cpuprofile (node --cpu-prof) by function and by package, by self time.

/** Which package or part of the app a script URL belongs to. */
export function packageOf(url, functionName) {
  if (url === '') {
    if (functionName === '(garbage collector)') return 'V8 garbage collector';
    if (functionName === '(program)' || functionName === '(idle)') return 'V8 / native';
    return 'V8 builtin';
  }
  if (url.startsWith('node:')) return 'node core';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1];
  const lib = /\/dist\/libs\/([^/]+)\//.exec(url);
  if (lib) return `@groundwork/${lib[1]}`;
  if (url.includes('/dist/apps/')) return 'apps';
  return url;
}

const shortUrl = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\//, '')
    .replace(/^.*\/dist\//, 'dist/');

/**
 * Self time per function (and per package) for the samples taken between fromMs and toMs after
 * the profile started. Each sample is charged the time until the next one, as DevTools does.
 */
export function summariseProfile(profile, { fromMs = 0, toMs = Infinity } = {}) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const charged = profile.timeDeltas[i + 1] ?? 0;
    if (at / 1000 < fromMs || at / 1000 > toMs || charged <= 0) continue;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + charged);
  }
  const functions = new Map();
  const packages = new Map();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    totalUs += us;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const name = functionName || '(anonymous)';
    const pkg = packageOf(url, name);
    const key = `${name}\u0000${url}\u0000${lineNumber}`;
    const entry = functions.get(key) ?? {
      functionName: name,
      location: url ? `${shortUrl(url)}:${lineNumber + 1}` : '',
      package: pkg,
      selfMs: 0,
    };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
  }
  const busyMs = (totalUs - idleUs) / 1000;
  const withShare = (entry) => ({ ...entry, percentOfBusy: (entry.selfMs / busyMs) * 100 });
  return {
    windowMs: totalUs / 1000,
    busyMs,
    idlePercent: (idleUs / totalUs) * 100,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).map(withShare),
    packages: [...packages.entries()]
      .map(([name, selfMs]) => withShare({ package: name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function formatProfileSummary(summary, top = 20) {
  const lines = [
    `window ${(summary.windowMs / 1000).toFixed(1)} s, busy ${(summary.busyMs / 1000).toFixed(1)} s (idle ${summary.idlePercent.toFixed(1)} %); % of busy time`,
    '',
    `top ${top} functions by self time:`,
  ];
  for (const entry of summary.functions.slice(0, top)) {
    lines.push(
      `${entry.percentOfBusy.toFixed(1).padStart(5)} %  ${entry.functionName.slice(0, 40).padEnd(40)} ${entry.package.padEnd(28)} ${entry.location}`,
    );
  }
  lines.push('', 'by package:');
  for (const entry of summary.packages.slice(0, top)) {
    lines.push(`${entry.percentOfBusy.toFixed(1).padStart(5)} %  ${entry.package}`);
  }
  return lines.join('\n');
}
