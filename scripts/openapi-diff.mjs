const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const MAX_LINES = 40;

function operations(document) {
  const found = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) {
        found.set(`${method.toUpperCase()} ${path}`, item[method]);
      }
    }
  }
  return found;
}

/** JSON pointers where two values differ, stopping at the first difference down each branch. */
function differences(before, after, pointer, out) {
  if (JSON.stringify(before) === JSON.stringify(after)) {
    return;
  }
  const objects = typeof before === 'object' && before !== null && typeof after === 'object' && after !== null;
  if (!objects || Array.isArray(before) !== Array.isArray(after)) {
    out.push(`${pointer || '/'}: ${brief(before)} -> ${brief(after)}`);
    return;
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const next = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (!(key in before)) {
      out.push(`${next}: added`);
    } else if (!(key in after)) {
      out.push(`${next}: removed`);
    } else {
      differences(before[key], after[key], next, out);
    }
  }
}

function brief(value) {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A readable summary: operations added and removed first, then every other changed spot. */
export function describeChanges(committed, generated) {
  const before = operations(committed);
  const after = operations(generated);
  const lines = [];
  for (const key of after.keys()) {
    if (!before.has(key)) {
      lines.push(`+ operation ${key}`);
    }
  }
  for (const key of before.keys()) {
    if (!after.has(key)) {
      lines.push(`- operation ${key}`);
    }
  }
  const changed = [];
  // Added and removed operations are already listed; compare the rest.
  const inBoth = (path, method) => {
    const key = `${method.toUpperCase()} ${path}`;
    return !METHODS.includes(method) || (before.has(key) && after.has(key));
  };
  const strip = (document) => ({
    ...document,
    paths: Object.fromEntries(
      Object.entries(document.paths ?? {})
        .map(([path, item]) => [path, Object.fromEntries(Object.entries(item).filter(([m]) => inBoth(path, m)))])
        .filter(([, item]) => Object.keys(item).length > 0),
    ),
  });
  differences(strip(committed), strip(generated), '', changed);
  lines.push(...changed.map((line) => `~ ${line}`));
  if (lines.length === 0) {
    lines.push('~ formatting only (same content)');
  }
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), `... and ${lines.length - MAX_LINES} more`] : lines;
}
