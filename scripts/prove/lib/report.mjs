// The printed table and the README's fault table, from the rows of a run.
import { readFileSync, writeFileSync } from 'node:fs';

export function formatTable(rows) {
  const width = Math.max(...rows.map((row) => row.scenario.length));
  return rows.map((row) => `${row.pass ? 'pass' : 'FAIL'}  ${row.scenario.padEnd(width)}  ${row.result}`).join('\n');
}

const START = '<!-- prove:start -->';
const END = '<!-- prove:end -->';

/** Rewrites the block between the prove markers in the README with this run's rows. */
export function updateReadme(file, rows, report) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) {
    return;
  }
  const table = [
    `Last run ${report.when.slice(0, 16).replace('T', ' ')} UTC, ${report.options.instances} instances behind NGINX on ${report.machine.cpus} cores, soak ${report.options.soakSeconds} s:`,
    '',
    '| scenario | result | pass |',
    '| --- | --- | --- |',
    ...rows.map((row) => {
      const alone = row.ranAlone ? ` (run alone ${row.ranAlone.slice(0, 16).replace('T', ' ')} UTC)` : '';
      return `| ${row.scenario} | ${row.result.replaceAll('|', '/')}${alone} | ${row.pass ? 'yes' : '**no**'} |`;
    }),
  ].join('\n');
  writeFileSync(file, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
}
