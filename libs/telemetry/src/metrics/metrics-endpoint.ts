import { timingSafeEqual, createHash } from 'node:crypto';
import { type Metric, type OpenMetricsContentType, Registry, type RegistryContentType } from 'prom-client';
import type { Metrics } from './metrics.service.js';

export const METRICS_PATH = '/metrics';

export interface ScrapeResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Renders the registry for a scrape: the Prometheus text format, or OpenMetrics when the scraper
 * asks for it; with a token configured, only for a request bearing it (compared in constant time).
 */
export class MetricsEndpoint {
  private readonly openMetrics = new Registry<OpenMetricsContentType>();
  private readonly expected?: Buffer;

  constructor(
    private readonly metrics: Metrics,
    token: string | undefined,
  ) {
    this.expected = token === undefined ? undefined : digest(`Bearer ${token}`);
    this.openMetrics.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
  }

  async scrape(authorization: string | undefined, accept: string | undefined): Promise<ScrapeResult> {
    if (this.expected !== undefined && !timingSafeEqual(digest(authorization ?? ''), this.expected)) {
      return {
        status: 401,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' },
        body: 'Send the metrics token as a Bearer token\n',
      };
    }
    const registry: Registry<RegistryContentType> = accept?.includes('application/openmetrics-text')
      ? this.openMetricsRegistry()
      : this.metrics.registry;
    return {
      status: 200,
      headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
      body: await registry.metrics(),
    };
  }

  /** The same metric objects, rendered as OpenMetrics; metrics created since the last scrape join it. */
  private openMetricsRegistry(): Registry<OpenMetricsContentType> {
    // Typed as plain objects, but the registry holds the metric instances themselves.
    for (const metric of this.metrics.registry.getMetricsAsArray() as unknown as (Metric & { name: string })[]) {
      if (this.openMetrics.getSingleMetric(metric.name) === undefined) {
        this.openMetrics.registerMetric(metric);
      }
    }
    return this.openMetrics;
  }
}
