import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_JSON, type ProblemDetailsDto } from './problem-details.dto.js';
import { ProblemException } from './problem.exception.js';
import { type ErrorTranslator, TranslatesErrors } from './error-translator.js';

/** Errors raised by Fastify itself (bad JSON, body too large, bad media type) carry their own 4xx status. */
interface FrameworkError {
  statusCode: number;
  code?: string;
  message: string;
}

function isFrameworkError(error: unknown): error is FrameworkError {
  const candidate = error as Partial<FrameworkError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500
  );
}

const FRAMEWORK_DETAIL: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty but its content type is application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than the server accepts',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'The request content type is not supported; send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length header does not match the body',
};

/**
 * Shapes every error as application/problem+json with the request id. Errors the platform's
 * translators recognise (a database outage) become their problem; other unknown errors are logged
 * with their stack and become a 500.
 */
@Catch()
@Injectable()
export class ProblemDetailsFilter implements ExceptionFilter, OnApplicationBootstrap {
  private readonly logger = new Logger('Errors');
  private translators: ErrorTranslator[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.translators = this.discovery
      .getProviders({ metadataKey: TranslatesErrors.KEY })
      .map((wrapper) => wrapper.instance as ErrorTranslator);
  }

  catch(raised: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const translated = raised instanceof HttpException ? raised : (this.translate(raised) ?? raised);
    const exception = wrongMethod(translated, request) ?? translated;
    const problem = this.toProblem(exception, request);
    if (exception instanceof ProblemException) {
      for (const [name, value] of Object.entries(exception.headers)) {
        void reply.header(name, value);
      }
    }
    void reply.status(problem.status).header('content-type', PROBLEM_JSON).send(problem);
  }

  private translate(error: unknown): ProblemException | undefined {
    for (const translator of this.translators) {
      const problem = translator.translate(error);
      if (problem !== undefined) {
        return problem;
      }
    }
    return undefined;
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetailsDto {
    const base = { instance: instanceOf(request), requestId: request.id };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: exception instanceof ProblemException ? exception.problemType : 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: frameworkDetail(exception.cause) ?? detailOf(exception),
        ...base,
        ...(exception instanceof ProblemException && exception.fieldErrors ? { errors: exception.fieldErrors } : {}),
      };
    }
    if (isFrameworkError(exception)) {
      const status = exception.statusCode;
      return {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: frameworkDetail(exception) ?? exception.message,
        ...base,
      };
    }
    this.logger.error(
      { err: exception, requestId: base.requestId },
      exception instanceof Error ? exception.stack : String(exception),
    );
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: `An unexpected error occurred; quote request id ${base.requestId} when reporting it`,
      ...base,
    };
  }
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * A request no route matched, on a path that has routes for other methods, is a 405 naming them
 * (RFC 9110: with Allow), not a 404. OPTIONS is not offered: CORS answers preflights when enabled.
 */
function wrongMethod(exception: unknown, request: FastifyRequest): ProblemException | undefined {
  if (!(exception instanceof HttpException) || exception.getStatus() !== 404 || !request.is404) {
    return undefined;
  }
  const url = instanceOf(request);
  const allowed = METHODS.filter(
    // findRoute answers null for no match, whatever its declared type says.
    (method) => method !== request.method && (request.server.findRoute({ method, url }) as unknown) !== null,
  );
  if (allowed.length === 0) {
    return undefined;
  }
  return new ProblemException(405, `${request.method} is not allowed here; use ${allowed.join(', ')}`, {
    headers: { allow: allowed.join(', ') },
  });
}

const instanceOf = (request: FastifyRequest): string => request.url.split('?')[0] ?? '/';

/** A problem body for answers written outside Nest's exception handling (Fastify hooks, Node's client errors). */
export function problemBody(
  request: FastifyRequest,
  status: number,
  detail: string,
  type = 'about:blank',
): ProblemDetailsDto {
  return {
    type,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: instanceOf(request),
    requestId: request.id,
  };
}

/** Fastify's own wording names its internals; callers get a plain sentence. */
function frameworkDetail(error: unknown): string | undefined {
  return isFrameworkError(error) ? FRAMEWORK_DETAIL[error.code ?? ''] : undefined;
}

function detailOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') {
    return response;
  }
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return message.join('; ');
  }
  return typeof message === 'string' ? message : exception.message;
}
