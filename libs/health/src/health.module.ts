import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { Feature } from '@groundwork/feature';
import { HEALTH_FEATURE } from './health.feature.js';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';
import { ShutdownState } from './shutdown-state.js';
import { DrainHooks } from './drain-hooks.js';
import { LeanProbes } from './lean-probes.js';

@Global()
@Feature(HEALTH_FEATURE)
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [HealthService, ShutdownState, DrainHooks, LeanProbes],
  exports: [ShutdownState, HealthService],
})
export class HealthModule {}

/** The readiness checks and shutdown state without the HTTP endpoints and drain hooks: for apps/worker. */
@Global()
@Module({
  imports: [TerminusModule],
  providers: [HealthService, ShutdownState],
  exports: [ShutdownState, HealthService],
})
export class HealthChecksModule {}
