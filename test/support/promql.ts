/** Words of PromQL that are not metric names. */
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan', 'by', 'without']);

/**
 * The metric names an expression selects: strings, label matchers, ranges, grouping label lists,
 * Grafana variables and function names are removed, what is left is names.
 */
export function metricNames(expr: string): Set<string> {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\$\{?\w+\}?/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const after = bare.slice(match.index + match[0].length).trimStart();
    const before = bare[match.index - 1] ?? ' ';
    if (after.startsWith('(') || KEYWORDS.has(match[0].toLowerCase()) || /[0-9.]/.test(before)) {
      continue;
    }
    names.add(match[0]);
  }
  return names;
}

/** The metric of a Grafana `label_values(metric, label)` variable query. */
export function labelValuesMetric(query: string): string | undefined {
  return /label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(query)?.[1];
}
