import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { freePort } from '../support/api-process.js';
import { REDIS_URL } from '../support/redis.js';
import { databaseTargets } from '../support/databases.js';
import { exportedNames, type Scrape, scrape } from '../support/prometheus-text.js';
import { labelValuesMetric, metricNames } from '../support/promql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const KIT = new URL('../../deploy/observability/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, KIT), 'utf8');

interface Rule {
  alert?: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface Panel {
  type: string;
  title: string;
  id: number;
  panels?: Panel[];
  targets?: { expr: string; refId: string }[];
}

const rules = (parse(read('alerts.yml')) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap(
  (g) => g.rules,
);
const dashboard = JSON.parse(read('grafana-dashboard.json')) as {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; query: string | { query: string } }[] };
};
const panels = dashboard.panels.flatMap((panel) => [panel, ...(panel.panels ?? [])]);
/** GitHub's heading anchors: lower case, spaces to dashes, punctuation dropped. */
const anchors = new Set(
  read('README.md')
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .toLowerCase()
        .replace(/\s+/g, '-')
        .replace(/[^a-z0-9-]/g, ''),
    ),
);

describe('Observability kit (deploy/observability) against what a running app exports', () => {
  let t: TestApp;
  let exported: Set<string>;
  let scraped: Scrape;

  beforeAll(async () => {
    const port = await freePort();
    // With Redis configured, so its series are exported as in any fleet.
    t = await startTestApp(databaseTargets()[0]!, {
      METRICS_PORT: String(port),
      METRICS_HOST: '127.0.0.1',
      REDIS_URL,
    });
    // The API runs jobs inline (the default), so the jobs metrics come from this process too.
    scraped = await scrape(`http://127.0.0.1:${port}/metrics`);
    exported = exportedNames(scraped);
  });
  afterAll(() => t.close());

  it('finds metric names the way PromQL reads them', () => {
    expect([
      ...metricNames(
        'sum by (job, le) (rate(a_total{x="y{z}",le="0.5"}[5m])) / on (job) group_left (b) b_seconds > 14.4 * 0.01 and c',
      ),
    ]).toEqual(['a_total', 'b_seconds', 'c']);
    expect(labelValuesMetric('label_values(x_seconds, instance)')).toBe('x_seconds');
  });

  it('alerts: each is complete, links to its runbook, and reads only exported metrics', () => {
    const names = rules.map((rule) => rule.alert);
    expect(names).toEqual(
      expect.arrayContaining([
        'GroundworkHighErrorRatio',
        'GroundworkLatencySLOFastBurn',
        'GroundworkReadinessFlapping',
        'GroundworkRefreshTokenReuseSpike',
        'GroundworkDatabasePoolExhausted',
        'GroundworkJobsDeadLetters',
        'GroundworkJobsBacklog',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const rule of rules) {
      expect(rule.labels?.severity).toMatch(/^(page|ticket)$/);
      expect(rule.annotations?.summary).toBeTruthy();
      const runbook = rule.annotations?.runbook_url ?? '';
      expect(runbook).toBe(`deploy/observability/README.md#${rule.alert!.toLowerCase()}`);
      expect(anchors).toContain(rule.alert!.toLowerCase());
      const used = metricNames(rule.expr);
      expect(used.size).toBeGreaterThan(0);
      expect({ alert: rule.alert, missing: [...used].filter((name) => !exported.has(name)) }).toEqual({
        alert: rule.alert,
        missing: [],
      });
    }
  });

  it('jobs: a process that runs jobs exports depth per declared queue and state, and per-job series at 0', () => {
    const samples = (name: string) => scraped.samples.filter((sample) => sample.name === name);
    const depth = samples('groundwork_jobs_queue_depth');
    for (const queue of ['mail.send', 'jobs.dead-letter']) {
      expect(depth.filter((sample) => sample.labels.queue === queue).map((sample) => sample.labels.state)).toEqual(
        expect.arrayContaining(['ready', 'deferred', 'blocked', 'active', 'failed']),
      );
    }
    // Only declared queues (not pg-boss's internal ones): the series count is bounded by the code.
    expect(depth.every((sample) => !sample.labels.queue!.startsWith('__pgboss'))).toBe(true);
    for (const name of ['groundwork_jobs_failures_total', 'groundwork_jobs_dead_letters_total']) {
      expect(samples(name).find((sample) => sample.labels.job === 'mail.send')?.value).toBe(0);
    }
    const durations = samples('groundwork_jobs_duration_seconds_count').filter((s) => s.labels.job === 'mail.send');
    expect(durations.map((sample) => sample.labels.outcome).sort()).toEqual(['completed', 'dead-lettered', 'failed']);
  });

  it('dashboard: every query and variable reads only exported metrics; panels are distinct', () => {
    const ids = panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = panels.filter((panel) => panel.type === 'row').map((panel) => panel.title);
    expect(titles).toEqual(['Traffic', 'Errors', 'Latency', 'Saturation', 'Auth security', 'Jobs']);
    const queries = panels.flatMap((panel) =>
      (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })),
    );
    expect(queries.length).toBeGreaterThan(20);
    for (const variable of dashboard.templating.list) {
      const query = typeof variable.query === 'string' ? variable.query : variable.query.query;
      const metric = labelValuesMetric(query);
      if (metric !== undefined) {
        queries.push({ panel: `variable ${variable.name}`, expr: metric });
      }
    }
    for (const { panel, expr } of queries) {
      const used = metricNames(expr);
      expect(used.size).toBeGreaterThan(0);
      expect({ panel, missing: [...used].filter((name) => !exported.has(name)) }).toEqual({ panel, missing: [] });
    }
  });
});
