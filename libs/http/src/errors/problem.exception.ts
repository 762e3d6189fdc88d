import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An HTTP error with a stable problem type; services throw these (or Nest's built-in
 * HttpExceptions) and the filter shapes the body.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    readonly problemType = 'about:blank',
    readonly fieldErrors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export class ValidationProblemException extends ProblemException {
  constructor(errors: FieldError[]) {
    super(
      400,
      errors.map((e) => e.message).join('; ') || 'Invalid request',
      'urn:groundwork:problem:validation',
      errors,
    );
  }
}
