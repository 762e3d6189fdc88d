import type { ConstructorOptions } from 'pg-boss';
import type { AppConfig } from '@groundwork/config';

/** pg-boss's tables live in a schema of their own, beside Groundwork's. */
export const JOBS_SCHEMA = 'pgboss';

export interface EngineSettings {
  /** Install or upgrade pg-boss's schema (its own versioned migrator). */
  migrate: boolean;
  /** Supervise (expiry, heartbeats, retention) and run schedules. */
  runsJobs: boolean;
  instanceName: string;
}

/** The one place pg-boss's options are decided, shared by the apps, the CLI and the benchmark. */
export function engineOptions(url: string, config: AppConfig, settings: EngineSettings): ConstructorOptions {
  const interval = config.jobs.maintenanceIntervalSeconds;
  return {
    connectionString: url,
    schema: JOBS_SCHEMA,
    application_name: `groundwork-jobs-${settings.instanceName}`,
    max: Math.max(2, Math.min(config.database.poolSize, 10)),
    connectionTimeoutMillis: 5_000,
    migrate: settings.migrate,
    createSchema: settings.migrate,
    supervise: settings.runsJobs,
    schedule: settings.runsJobs,
    superviseIntervalSeconds: interval,
    monitorIntervalSeconds: interval,
    cronMonitorIntervalSeconds: interval,
    cronWorkerIntervalSeconds: Math.min(5, interval),
    instanceName: settings.instanceName,
    // Workers wake on NOTIFY (sent when the enqueuing transaction commits); polling is the backstop.
    useListenNotify: settings.runsJobs,
    // Only the worker-side telemetry is wanted; traces stay off until an SDK is registered anyway.
    openTelemetry: { enabled: true },
  };
}
