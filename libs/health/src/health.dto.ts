import { ApiProperty } from '@nestjs/swagger';

export class LivenessDto {
  /** Always "ok" while the process serves requests. @example ok */
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

export class ReadinessDto {
  /** "ok" when every dependency answered. @example ok */
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  /** Each dependency checked and its state. @example {"database":"up","redis":"up"} */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['up'] },
  })
  checks!: Record<string, 'up'>;
}
