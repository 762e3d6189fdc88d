import {
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { ProblemException } from '@groundwork/http';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './idempotency-headers.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { keyHashOf, seal, sealSecret, type StoredResponse, unseal } from './sealed-response.js';

/** A first run older than this was abandoned (its instance died); a retry may then run again. */
export const IN_FLIGHT_LEASE_MS = 30_000;
/** The draft sets no minimum: any 1 to 255 printable ASCII characters (no control characters). */
export const isValidIdempotencyKey = (key: unknown): key is string =>
  typeof key === 'string' && /^[\x20-\x7e]{1,255}$/.test(key);

export const IdempotencyProblems = {
  InvalidKey: 'urn:groundwork:problem:idempotency-key-invalid',
  InFlight: 'urn:groundwork:problem:idempotency-key-in-flight',
  Mismatch: 'urn:groundwork:problem:idempotency-key-mismatch',
} as const;

/**
 * Anonymous operations (sign-up, sign-in) share one scope: a replay then needs the same key AND the
 * same body, which carries the caller's credentials, so it can give nothing the body would not.
 */
const ANONYMOUS_SCOPE = 'anonymous';

const fingerprintOf = (request: FastifyRequest): string =>
  createHash('sha256')
    .update(JSON.stringify([request.method, request.url.split('?')[0], request.body ?? null]))
    .digest('hex');

/** Client errors are outcomes worth replaying; server errors (an outage) changed nothing, so a retry runs again. */
function storedProblem(error: unknown): StoredResponse | undefined {
  if (!(error instanceof HttpException) || error.getStatus() >= 500) {
    return undefined;
  }
  const problem = error instanceof ProblemException ? error : undefined;
  const response = error.getResponse();
  const message = typeof response === 'object' ? (response as { message?: unknown }).message : response;
  return {
    kind: 'problem',
    status: error.getStatus(),
    detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message,
    type: problem?.problemType ?? 'about:blank',
    ...(problem?.fieldErrors ? { errors: problem.fieldErrors } : {}),
    headers: problem?.headers ?? {},
  };
}

/**
 * Idempotent retries for operations marked @Idempotent() (which attaches this interceptor), stored
 * in the database so a retry that lands on another instance gets the same answer. It runs after the
 * guards: the caller is known. Built in the module of each controller that uses it, from the
 * IdempotencyModule's exports (a global module).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly sealSecret: Buffer;

  constructor(
    private readonly keys: IdempotencyRepository,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    this.sealSecret = sealSecret(config.jwt.secret);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: { userId: string } }>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined) {
      return next.handle();
    }
    if (!isValidIdempotencyKey(key)) {
      throw new ProblemException(400, 'Idempotency-Key must be one value of 1 to 255 printable ASCII characters', {
        type: IdempotencyProblems.InvalidKey,
      });
    }
    const scope = request.principal?.userId ?? ANONYMOUS_SCOPE;
    const keyHash = keyHashOf(scope, key);
    const fingerprint = fingerprintOf(request);
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    const ttlSeconds = this.config.idempotency.ttlSeconds;
    if (!(await this.keys.claim(keyHash, fingerprint, IN_FLIGHT_LEASE_MS, ttlSeconds))) {
      return this.repeat(keyHash, fingerprint, scope, key, reply);
    }
    const store = (response: StoredResponse): Promise<void> =>
      this.keys.complete(keyHash, seal(response, this.sealSecret, scope, key), ttlSeconds).catch((error: unknown) => {
        // The operation happened; only its replay is lost. A retry gets 409 until the lease ends.
        this.logger.warn(`Could not store the response for an Idempotency-Key: ${String(error)}`);
      });
    return next.handle().pipe(
      mergeMap((body: unknown) => from(store({ kind: 'body', body: body ?? null }).then(() => body))),
      catchError((error: unknown) => {
        const problem = storedProblem(error);
        const settle = problem ? store(problem) : this.keys.release(keyHash).catch(() => undefined);
        return from(
          settle.then(() => {
            throw error;
          }),
        );
      }),
    );
  }

  private async repeat(
    keyHash: string,
    fingerprint: string,
    scope: string,
    key: string,
    reply: FastifyReply,
  ): Promise<Observable<unknown>> {
    const stored = await this.keys.get(keyHash);
    if (stored !== null && stored.fingerprint !== fingerprint) {
      throw new ProblemException(422, 'This Idempotency-Key was used for a different request', {
        type: IdempotencyProblems.Mismatch,
      });
    }
    if (stored === null || stored.state === 'in-flight' || stored.response === null) {
      throw new ProblemException(409, 'A request with this Idempotency-Key is still in progress; retry shortly', {
        type: IdempotencyProblems.InFlight,
        headers: { 'retry-after': '1' },
      });
    }
    let response: StoredResponse;
    try {
      response = unseal(stored.response, this.sealSecret, scope, key);
    } catch {
      // Sealed under a signing secret since rotated: the answer is gone, and running again could repeat it.
      throw new ProblemException(422, 'The answer to this Idempotency-Key can no longer be replayed; use a new key', {
        type: IdempotencyProblems.Mismatch,
      });
    }
    if (response.kind === 'problem') {
      throw new ProblemException(response.status, response.detail, {
        type: response.type,
        ...(response.errors ? { errors: response.errors } : {}),
        headers: { ...response.headers, [REPLAYED_HEADER]: 'true' },
      });
    }
    void reply.header(REPLAYED_HEADER, 'true');
    return of(response.body ?? undefined);
  }
}
