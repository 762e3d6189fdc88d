import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { PROBLEM_JSON, ProblemDetailsDto } from './problem-details.dto.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or fails validation',
  401: 'Missing, invalid or expired credentials',
  403: 'The caller may not do this',
  404: 'No such resource',
  409: 'The request conflicts with the current state',
  413: 'The request body is too large',
  415: 'Unsupported content type',
  429: 'Too many requests; retry after the time in Retry-After',
  500: 'Unexpected server error',
  503: 'Not ready to serve',
};

/** Documents the problem+json error responses an operation can return. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? STATUS_CODES[status] ?? 'Error',
        content: {
          [PROBLEM_JSON]: {
            schema: { $ref: `#/components/schemas/${ProblemDetailsDto.name}` },
          },
        },
        ...(status === 429
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait',
                  schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 },
                },
              },
            }
          : {}),
      }),
    ),
  );
}
