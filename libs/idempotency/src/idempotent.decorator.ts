import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblemResponses } from '@groundwork/http';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

export { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotency-headers.js';

/**
 * Lets clients retry the operation safely with an `Idempotency-Key` header (the IETF httpapi draft):
 * the first request runs and its answer is kept; a repeat with the same key and body gets that
 * answer again (with `Idempotency-Replayed: true`), a repeat with another body 422, a repeat while
 * the first still runs 409. Documents the header and both answers.
 *
 * The interceptor is attached here, to the marked operations only, not globally: any interceptor on
 * a route makes Nest wrap its handler in an rxjs chain, which every other request would pay for
 * (bench:profile of `me`).
 */
export const Idempotent = (): MethodDecorator =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A unique value per operation (a UUID is ideal), 1 to 255 printable ASCII characters. A retry with the same key ' +
        'and body gets the first answer again, marked `Idempotency-Replayed: true`, for IDEMPOTENCY_TTL (24 h by default); ' +
        'the same key with another body is 422, and while the first request is still running 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7e]+$' },
    }),
    ApiProblemResponses(409, 422),
  );
