import { median } from './load.js';

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/**
 * Medians over rounds for each scenario and target. The ratio is the median of the per-round ratios
 * (API and baseline of the same round ran back to back, so they saw the same machine).
 */
export function summariseRuns(runs, scenarios) {
  const summary = {};
  for (const scenario of scenarios) {
    const of = (target) => runs.filter((run) => run.scenario === scenario && run.target === target);
    const api = of('api');
    const baseline = of('baseline');
    if (api.length === 0 || baseline.length === 0) {
      continue;
    }
    const figures = (list) => ({
      rps: median(list.map((run) => run.rps)),
      p50: median(list.map((run) => run.p50)),
      p99: median(list.map((run) => run.p99)),
      errors: list.reduce((sum, run) => sum + run.errors, 0),
      rounds: list.length,
    });
    const ratios = api
      .map((run) => [run, baseline.find((other) => other.round === run.round)])
      .filter(([, other]) => other)
      .map(([run, other]) => run.rps / other.rps);
    summary[scenario] = { api: figures(api), baseline: figures(baseline), ratio: median(ratios) };
    if (scenario === 'mixed') {
      const tagged = (list, tag, key) => median(list.map((run) => run.tags?.[tag]?.[key]));
      for (const [name, list] of [
        ['api', api],
        ['baseline', baseline],
      ]) {
        summary.mixed[name].me = { p50: tagged(list, 'me', 'p50'), p99: tagged(list, 'me', 'p99') };
      }
    }
  }
  return summary;
}

export function formatTable(summary) {
  const header = [
    'scenario',
    'API req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'base req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'ratio',
  ];
  const rows = Object.entries(summary).map(([scenario, { api, baseline, ratio }]) => [
    scenario,
    fmt(api.rps),
    fmt(api.p50, 1),
    fmt(api.p99, 1),
    String(api.errors),
    fmt(baseline.rps),
    fmt(baseline.p50, 1),
    fmt(baseline.p99, 1),
    String(baseline.errors),
    fmt(ratio, 2),
  ]);
  if (summary.mixed) {
    const { api, baseline } = summary.mixed;
    rows.push([
      '  mixed: me',
      '',
      fmt(api.me.p50, 1),
      fmt(api.me.p99, 1),
      '',
      '',
      fmt(baseline.me.p50, 1),
      fmt(baseline.me.p99, 1),
      '',
      '',
    ]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** PASS/FAIL for each target (issue 15's); a target whose scenario did not run is SKIP. */
export function checkTargets(summary, { coldStartMs, rssMiB, baselineRssMiB }) {
  const checks = [];
  const add = (name, value, pass, shown) =>
    checks.push({
      name,
      value,
      status: value === undefined || Number.isNaN(value) ? 'SKIP' : pass ? 'PASS' : 'FAIL',
      shown,
    });
  for (const [scenario, floor] of [
    ['live', 0.6],
    ['me', 0.75],
    ['list', 0.8],
    ['refresh', 0.6],
    ['mixed', 0.9],
  ]) {
    const ratio = summary[scenario]?.ratio;
    add(`ratio ${scenario} >= ${floor}`, ratio, ratio >= floor, fmt(ratio, 2));
  }
  const login = summary.login?.api.rps;
  add('login >= 40/s', login, login >= 40, `${fmt(login, 1)}/s`);
  const meP99 = summary.mixed?.api.me.p99;
  const baselineMeP99 = summary.mixed?.baseline.me.p99;
  add(
    'mixed me p99 <= 1.2x baseline',
    meP99,
    meP99 <= 1.2 * baselineMeP99,
    `${fmt(meP99, 1)} ms (baseline ${fmt(baselineMeP99, 1)})`,
  );
  const errors = Object.values(summary).reduce((sum, entry) => sum + entry.api.errors, 0);
  add('zero errors (API)', errors, errors === 0, String(errors));
  add('cold start < 1 s', coldStartMs, coldStartMs < 1_000, `${fmt(coldStartMs)} ms`);
  add(
    'RSS <= 1.25x baseline',
    rssMiB,
    rssMiB <= 1.25 * baselineRssMiB,
    `${fmt(rssMiB, 1)} MiB (baseline ${fmt(baselineRssMiB, 1)})`,
  );
  return checks;
}

const escapeXml = (text) =>
  String(text).replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/**
 * API vs baseline req/s, one small panel per scenario with its own scale (logins run at tens per
 * second, liveness at thousands), the ratio under each panel.
 */
export function renderSvg(summary, { title, subtitle }) {
  const entries = Object.entries(summary);
  const panel = 150;
  const left = 20;
  const top = 90;
  const plot = 200;
  const width = left * 2 + panel * Math.max(entries.length, 1);
  const height = top + plot + 70;
  const colours = { api: '#2563eb', baseline: '#9ca3af' };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="28" font-size="17" font-weight="bold" fill="#111827">${escapeXml(title)}</text>`,
    `<text x="${left}" y="48" font-size="12" fill="#4b5563">${escapeXml(subtitle)}</text>`,
    `<rect x="${left}" y="60" width="12" height="12" fill="${colours.api}"/>`,
    `<text x="${left + 18}" y="70" font-size="12" fill="#111827">Groundwork API</text>`,
    `<rect x="${left + 130}" y="60" width="12" height="12" fill="${colours.baseline}"/>`,
    `<text x="${left + 148}" y="70" font-size="12" fill="#111827">bare Fastify baseline</text>`,
  ];
  entries.forEach(([scenario, { api, baseline, ratio }], i) => {
    const x0 = left + i * panel;
    const max = Math.max(api.rps, baseline.rps, 1);
    const bar = 44;
    const baseY = top + plot;
    parts.push(`<line x1="${x0 + 10}" y1="${baseY}" x2="${x0 + panel - 10}" y2="${baseY}" stroke="#d1d5db"/>`);
    [
      ['api', api.rps],
      ['baseline', baseline.rps],
    ].forEach(([target, rps], j) => {
      const h = Number.isFinite(rps) ? (rps / max) * (plot - 20) : 0;
      const x = x0 + 25 + j * (bar + 12);
      parts.push(
        `<rect x="${x}" y="${(baseY - h).toFixed(1)}" width="${bar}" height="${h.toFixed(1)}" fill="${colours[target]}"/>`,
      );
      parts.push(
        `<text x="${x + bar / 2}" y="${(baseY - h - 5).toFixed(1)}" font-size="11" text-anchor="middle" fill="#111827">${fmt(rps)}</text>`,
      );
    });
    const cx = x0 + panel / 2;
    parts.push(
      `<text x="${cx}" y="${baseY + 20}" font-size="13" font-weight="bold" text-anchor="middle" fill="#111827">${escapeXml(scenario)}</text>`,
    );
    parts.push(
      `<text x="${cx}" y="${baseY + 38}" font-size="12" text-anchor="middle" fill="#374151">ratio ${fmt(ratio, 2)}</text>`,
    );
  });
  parts.push(
    `<text x="${left}" y="${height - 8}" font-size="10" fill="#6b7280">req/s, median over rounds; each panel has its own scale</text>`,
  );
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
