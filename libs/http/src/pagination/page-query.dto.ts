import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 100_000;

/** Page selection shared by every list endpoint; extend it with the endpoint's filters. */
export class PageQueryDto {
  // Explicit: the plugin would mark initialised fields as required, and both have defaults.
  /** Page number, starting at 1. */
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE, default: 1, required: false })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  /** Items per page. */
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    required: false,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}

export const MAX_CURSOR_LENGTH = 1_024;
const FLAG = ['true', 'false'];

/**
 * Page selection for lists that also page by cursor (keyset): `cursor` continues after the last
 * item of a previous page, whatever was inserted meanwhile, at the same cost however deep it is.
 */
export class CursorPageQueryDto extends PageQueryDto {
  /** The nextCursor of the previous page, for the same sort and filters; not with page. */
  @ApiProperty({ required: false, maxLength: MAX_CURSOR_LENGTH, pattern: '^[A-Za-z0-9_-]+$' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_LENGTH)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a nextCursor this API returned' })
  cursor?: string;

  /**
   * Whether to count every matching item (total). Counting reads every match, so it grows with
   * the table: by default only page-number requests count; cursor requests never do unless asked.
   */
  @ApiProperty({ enum: FLAG, required: false })
  @IsOptional()
  @IsIn(FLAG)
  includeTotal?: string;
}
