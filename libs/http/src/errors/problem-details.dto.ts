import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  /** The input field at fault, as a dotted path. @example email */
  field!: string;
  /** What is wrong with it. @example email must be an email */
  message!: string;
}

/** An error in RFC 9457 problem+json form; every error the API returns has this shape. */
export class ProblemDetailsDto {
  /** A URI identifying the kind of problem. @example about:blank */
  type!: string;
  /** A short summary of the kind of problem. @example Bad Request */
  title!: string;
  /** The HTTP status code. @example 400 */
  @ApiProperty({ minimum: 400, maximum: 599 })
  status!: number;
  /** What went wrong with this request. @example email must be an email */
  detail!: string;
  /** The request path. @example /api/v1/users */
  instance!: string;
  /** Correlates this response with the server's logs. @example 6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e */
  requestId!: string;
  /** Field-level problems, for validation failures. */
  @ApiProperty({ type: [FieldErrorDto], required: false, maxItems: 100 })
  errors?: FieldErrorDto[];
}

export const PROBLEM_JSON = 'application/problem+json';
