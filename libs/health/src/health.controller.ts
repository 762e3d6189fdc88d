import { Controller, Get, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@groundwork/throttling';
import { Public } from '@groundwork/access';
import { ApiProblemResponses } from '@groundwork/http';
import { HealthService } from './health.service.js';
import { LivenessDto, ReadinessDto } from './health.dto.js';
import { LIVENESS } from './lean-probes.js';

@ApiTags('health')
// Probes come from the orchestrator every few seconds; they must never be refused for volume.
@SkipThrottle()
// GET on both is answered by LeanProbes before Nest's pipeline; this documents them and serves HEAD.
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process is up and serving. */
  @Get('live')
  @Public()
  live(): LivenessDto {
    return LIVENESS;
  }

  /** Readiness: 503 while the database does not answer or the process shuts down; "degraded" (200) while Redis is down. */
  @Get('ready')
  @Public()
  @ApiProblemResponses(503)
  ready(): Promise<ReadinessDto> {
    return this.health.readiness();
  }
}
