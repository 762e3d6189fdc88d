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
  /** Each dependency checked and its state; redis only when configured. @example {"database":"up","redis":"up"} */
  @ApiProperty({
    type: 'object',
    required: ['database'],
    properties: {
      database: { type: 'string', enum: ['up'] },
      redis: { type: 'string', enum: ['up'] },
    },
    additionalProperties: false,
  })
  checks!: Record<string, 'up'>;
}
