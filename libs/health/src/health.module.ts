import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { HealthService } from './health.service.js';
import { ShutdownState } from './shutdown-state.js';
import { DrainHooks } from './drain-hooks.js';

@Global()
@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [HealthService, ShutdownState, DrainHooks],
  exports: [ShutdownState],
})
export class HealthModule {}
