import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  /** The input field at fault, as a dotted path. @example email */
  @ApiProperty({ maxLength: 200 })
  field!: string;
  /** What is wrong with it. @example "email must be an email" */
  @ApiProperty({ maxLength: 500 })
  message!: string;
}

/** An error in RFC 9457 problem+json form; every error the API returns has this shape. */
export class ProblemDetailsDto {
  /** A URI identifying the kind of problem. @example about:blank */
  @ApiProperty({ maxLength: 200 })
  type!: string;
  /** A short summary of the kind of problem. @example "Bad Request" */
  @ApiProperty({ maxLength: 100 })
  title!: string;
  /** The HTTP status code. @example 400 */
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 400, maximum: 599 })
  status!: number;
  /** What went wrong with this request. @example "email must be an email" */
  @ApiProperty({ maxLength: 100_000 })
  detail!: string;
  /** The request path. @example /api/v1/users */
  // Node's 16 KiB header limit bounds the request line, and so the path.
  @ApiProperty({ maxLength: 16_384 })
  instance!: string;
  /** Correlates this response with the server's logs. @example 6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e */
  @ApiProperty({ maxLength: 128 })
  requestId!: string;
  /** Field-level problems, for validation failures. */
  @ApiProperty({ type: [FieldErrorDto], required: false, maxItems: 100 })
  errors?: FieldErrorDto[];
}

export const PROBLEM_JSON = 'application/problem+json';
