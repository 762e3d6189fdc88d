import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { MAX_CURSOR_LENGTH, MAX_PAGE } from './page-query.dto.js';

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

/**
 * The envelope of a list that pages by number and by cursor. nextCursor is on every page that has
 * a next one (a page-number walk can switch to cursors); page only on page-number requests; total
 * only when counted (see CursorPageQueryDto.includeTotal).
 */
export interface CursorPage<T> {
  items: T[];
  limit: number;
  hasNextPage: boolean;
  nextCursor: string | null;
  page?: number;
  total?: number;
}

/** Whether a CursorPageQueryDto request counts its matches. */
export function wantsTotal(query: { cursor?: string; includeTotal?: string }): boolean {
  return query.includeTotal === undefined ? query.cursor === undefined : query.includeTotal === 'true';
}

const pageNumber = { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE } as const;
const total = { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 } as const;

/** A 200 whose body is an envelope of the given item DTO, with the envelope's own properties. */
function pageResponse(
  item: Type<unknown>,
  maxItems: number,
  required: string[],
  properties: Record<string, object>,
): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description: `A page of ${item.name}`,
      schema: {
        type: 'object',
        required: ['items', 'limit', 'hasNextPage', ...required],
        properties: {
          items: { type: 'array', maxItems, items: { $ref: getSchemaPath(item) } },
          limit: { type: 'integer', format: 'int32', minimum: 1, maximum: maxItems },
          hasNextPage: { type: 'boolean' },
          ...properties,
        },
      },
    }),
  );
}

/** Documents a 200 whose body is a Page of the given item DTO. */
export function ApiPageResponse(item: Type<unknown>, maxItems = 100): MethodDecorator {
  return pageResponse(item, maxItems, ['page', 'total'], { page: pageNumber, total });
}

/** Documents a 200 whose body is a CursorPage of the given item DTO. */
export function ApiCursorPageResponse(item: Type<unknown>, maxItems = 100): MethodDecorator {
  return pageResponse(item, maxItems, ['nextCursor'], {
    nextCursor: {
      type: 'string',
      nullable: true,
      maxLength: MAX_CURSOR_LENGTH,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Pass as cursor for the next page (same sort and filters); null on the last page',
    },
    page: { ...pageNumber, description: 'On page-number requests only' },
    total: {
      ...total,
      description: 'Every matching item, when counted (includeTotal; by default on page-number requests only)',
    },
  });
}
