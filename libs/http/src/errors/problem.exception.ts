import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemOptions {
  /** A stable URI clients may branch on; `about:blank` means the status says it all. */
  type?: string;
  /** Per-field problems (validation). */
  errors?: FieldError[];
  /** Response headers that belong to this answer (`WWW-Authenticate`, `Retry-After`, ...). */
  headers?: Record<string, string>;
}

/**
 * An HTTP error with a stable problem type; services throw these (or Nest's built-in
 * HttpExceptions) and the filter shapes the body.
 */
export class ProblemException extends HttpException {
  readonly problemType: string;
  readonly fieldErrors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: ProblemOptions = {}) {
    super(detail, status);
    this.problemType = options.type ?? 'about:blank';
    this.fieldErrors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** Bounds that keep a refusal small whatever the request held (thousands of unknown keys, huge names). */
export const MAX_FIELD_ERRORS = 100;
const MAX_FIELD_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;
const MESSAGES_IN_DETAIL = 5;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class ValidationProblemException extends ProblemException {
  /** `total` counts errors beyond those listed, when the caller stopped collecting early. */
  constructor(errors: FieldError[], total = errors.length) {
    const kept = errors.slice(0, MAX_FIELD_ERRORS).map((e) => ({
      field: clip(e.field, MAX_FIELD_LENGTH),
      message: clip(e.message, MAX_MESSAGE_LENGTH),
    }));
    const shown = kept.slice(0, MESSAGES_IN_DETAIL).map((e) => e.message);
    const more = Math.max(total, errors.length) - shown.length;
    const detail = shown.length === 0 ? 'Invalid request' : shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
    super(400, detail, { type: 'urn:groundwork:problem:validation', errors: kept });
  }
}
