// Aggregates a V8 .cpuprofile (node --cpu-prof) by function and by package, by self time.

/** Which package or part of the app a script URL belongs to. */
export function packageOf(url, functionName) {
  if (url === '') {
    if (functionName === '(garbage collector)') {
      return 'V8 garbage collector';
    }
    if (functionName === '(program)' || functionName === '(idle)') {
      return 'V8 / native';
    }
    return 'V8 builtin';
  }
  if (url.startsWith('node:')) {
    return 'node core';
  }
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) {
    return modules[1];
  }
  const lib = /\/dist\/libs\/([^/]+)\//.exec(url);
  if (lib) {
    return `@groundwork/${lib[1]}`;
  }
  if (url.includes('/dist/apps/')) {
    return 'apps';
  }
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
  const parents = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parents.set(child, node.id);
    }
  }
  // Native frames (socket writes, hashing) are charged to the nearest library or app frame above them.
  const ownerOf = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const { url, functionName } = nodes.get(at).callFrame;
      const pkg = packageOf(url, functionName);
      if (url !== '' && pkg !== 'node core') {
        return pkg;
      }
    }
    return packageOf(nodes.get(id).callFrame.url, nodes.get(id).callFrame.functionName);
  };
  const selfUs = new Map();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const charged = profile.timeDeltas[i + 1] ?? 0;
    if (at / 1000 < fromMs || at / 1000 > toMs || charged <= 0) {
      continue;
    }
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + charged);
  }
  const functions = new Map();
  const packages = new Map();
  const owners = new Map();
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
      callers: new Map(),
    };
    entry.selfMs += us / 1000;
    const owner = ownerOf(id);
    entry.callers.set(owner, (entry.callers.get(owner) ?? 0) + us / 1000);
    owners.set(owner, (owners.get(owner) ?? 0) + us / 1000);
    functions.set(key, entry);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
  }
  const busyMs = (totalUs - idleUs) / 1000;
  const withShare = (entry) => ({ ...entry, percentOfBusy: (entry.selfMs / busyMs) * 100 });
  const byShare = (map) =>
    [...map.entries()]
      .map(([name, selfMs]) => withShare({ package: name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs);
  return {
    windowMs: totalUs / 1000,
    busyMs,
    idlePercent: (idleUs / totalUs) * 100,
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .map(({ callers, ...entry }) => ({
        ...withShare(entry),
        // For native and node-core frames: which libraries' calls the time was spent on.
        via: [...callers.entries()].sort((a, b) => b[1] - a[1]).map(([owner, ms]) => ({ owner, ms })),
      })),
    packages: byShare(packages),
    owners: byShare(owners),
  };
}

export function formatProfileSummary(summary, top = 20) {
  const lines = [
    `window ${(summary.windowMs / 1000).toFixed(1)} s, busy ${(summary.busyMs / 1000).toFixed(1)} s (idle ${summary.idlePercent.toFixed(1)} %); % of busy time`,
    '',
    `top ${top} functions by self time:`,
  ];
  for (const entry of summary.functions.slice(0, top)) {
    const native = entry.location === '' || entry.package === 'node core';
    const via = native
      ? ` via ${entry.via
          .slice(0, 3)
          .map(({ owner, ms }) => `${owner} ${((ms / entry.selfMs) * 100).toFixed(0)}%`)
          .join(', ')}`
      : '';
    lines.push(
      `${entry.percentOfBusy.toFixed(1).padStart(5)} %  ${entry.functionName.slice(0, 36).padEnd(36)} ${entry.package.padEnd(22)} ${entry.location}${via}`,
    );
  }
  lines.push('', 'by package (own code; native and node-core time in its own rows):');
  for (const entry of summary.packages.slice(0, top)) {
    lines.push(`${entry.percentOfBusy.toFixed(1).padStart(5)} %  ${entry.package}`);
  }
  lines.push('', 'by package, native and node-core time charged to the library that called it:');
  for (const entry of summary.owners.slice(0, top)) {
    lines.push(`${entry.percentOfBusy.toFixed(1).padStart(5)} %  ${entry.package}`);
  }
  return lines.join('\n');
}
