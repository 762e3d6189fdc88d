import {
  Global,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { FeatureCatalog } from '@groundwork/feature';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { collectDatabaseMetrics } from './metrics/database-metrics.js';
import { MetricsEndpoint } from './metrics/metrics-endpoint.js';
import { MetricsServer } from './metrics/metrics-server.js';
import { Metrics } from './metrics/metrics.service.js';
import { collectRuntimeMetrics } from './metrics/runtime-metrics.js';

/** Starts the collectors when /metrics is served, and the separate listener when METRICS_PORT is set. */
@Injectable()
export class MetricsCollection implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  readonly endpoint: MetricsEndpoint;
  private server?: MetricsServer;
  private address?: { host: string; port: number };

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly metrics: Metrics,
    private readonly modules: ModulesContainer,
    @Optional() private readonly dataSource?: DataSource,
  ) {
    this.endpoint = new MetricsEndpoint(metrics, config.telemetry.metrics.token);
  }

  onModuleInit(): void {
    // Every series a feature declared is exported from the first scrape, at 0.
    for (const definition of FeatureCatalog.of(this.modules).metrics) {
      this.metrics.register(definition);
    }
    if (!this.config.telemetry.metrics.enabled) {
      return;
    }
    collectRuntimeMetrics(this.metrics);
    if (this.dataSource) {
      collectDatabaseMetrics(this.metrics, this.dataSource);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    const { port, host } = this.config.telemetry.metrics;
    if (port === undefined) {
      return;
    }
    this.server = new MetricsServer(this.endpoint);
    const bound = await this.server.listen(port, host);
    this.address = { host, port: bound.port };
    this.logger.log(`Metrics at http://${host}:${bound.port}/metrics`);
  }

  /** Where the separate metrics listener is bound (METRICS_PORT=0 picks a free port). */
  listenerAddress(): { host: string; port: number } | undefined {
    return this.address;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.server?.close();
  }
}

/**
 * Metrics for every lib (a global `Metrics` to create them from) and their collection. Tracing is
 * started before the app loads (startTracing) and joined to Nest in createApp (nestInstrumentation).
 */
@Global()
@Module({ providers: [Metrics, MetricsCollection], exports: [Metrics, MetricsCollection] })
export class TelemetryModule {}
