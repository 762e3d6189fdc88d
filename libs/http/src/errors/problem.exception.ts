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

/** Bounds that keep a refusal small whatever the request held (thousands of unknown keys, huge names). */
export const MAX_FIELD_ERRORS = 100;
const MAX_FIELD_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;
const MESSAGES_IN_DETAIL = 5;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class ValidationProblemException extends ProblemException {
  constructor(errors: FieldError[]) {
    const kept = errors.slice(0, MAX_FIELD_ERRORS).map((e) => ({
      field: clip(e.field, MAX_FIELD_LENGTH),
      message: clip(e.message, MAX_MESSAGE_LENGTH),
    }));
    const shown = kept.slice(0, MESSAGES_IN_DETAIL).map((e) => e.message);
    const more = errors.length - shown.length;
    const detail = shown.length === 0 ? 'Invalid request' : shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
    super(400, detail, 'urn:groundwork:problem:validation', kept);
  }
}
