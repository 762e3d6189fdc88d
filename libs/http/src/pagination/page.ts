import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { MAX_PAGE } from './page-query.dto.js';

/** The one envelope every list endpoint returns. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  hasNextPage: boolean;
}

export function toPage<T>(items: T[], total: number, query: { page: number; limit: number }): Page<T> {
  return {
    items,
    page: query.page,
    limit: query.limit,
    total,
    hasNextPage: query.page * query.limit < total,
  };
}

/** Documents a 200 whose body is a Page of the given item DTO. */
export function ApiPageResponse(item: Type<unknown>, maxItems = 100): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: `A page of ${item.name}`,
      schema: {
        type: 'object',
        required: ['items', 'page', 'limit', 'total', 'hasNextPage'],
        properties: {
          items: {
            type: 'array',
            maxItems,
            items: { $ref: getSchemaPath(item) },
          },
          page: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE },
          limit: { type: 'integer', format: 'int32', minimum: 1, maximum: maxItems },
          total: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 },
          hasNextPage: { type: 'boolean' },
        },
      },
    }),
  );
}
