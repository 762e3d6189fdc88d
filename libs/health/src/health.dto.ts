import { ApiProperty } from '@nestjs/swagger';

export class LivenessDto {
  /** Always "ok" while the process serves requests. @example ok */
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

export class ReadinessChecksDto {
  /** The database answered (readiness fails with 503 when it does not). @example up */
  @ApiProperty({ enum: ['up'] })
  database!: 'up';
  /** Present when Redis is configured; "down" means instances work on their own until it returns. @example up */
  @ApiProperty({ enum: ['up', 'down'], required: false })
  redis?: 'up' | 'down';
}

export class ReadinessDto {
  /** "ok" when every dependency answered; "degraded" when Redis is down (serving, not sharing). @example ok */
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';
  /** Each dependency checked and its state. */
  @ApiProperty({ type: ReadinessChecksDto })
  checks!: ReadinessChecksDto;
}
