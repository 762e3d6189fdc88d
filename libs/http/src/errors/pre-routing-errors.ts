import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { HeaderSet } from '../security/security-headers.js';
import { PROBLEM_JSON, type ProblemDetailsDto } from './problem-details.dto.js';
import { problemBody } from './problem-details.filter.js';

const logger = new Logger('Http');

/** What Node's HTTP parser reports, in words a client can act on; anything else is a 400. */
const CLIENT_ERRORS: Record<string, { status: number; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time; send it again' },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    detail: 'The request line or headers are larger than the server accepts (16 KiB)',
  },
};
const NOT_HTTP = { status: 400, detail: 'The request is not valid HTTP' };

/**
 * Fastify's clientErrorHandler: answers Node's parser errors (431, 408, malformed requests) in
 * problem+json with a request id and the API's security headers, instead of a bare JSON body.
 * There is no request object here, so the id is new and the instance is that id.
 */
export function clientErrorHandler(headers: HeaderSet): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) {
      return;
    }
    const { status, detail } = CLIENT_ERRORS[error.code ?? ''] ?? NOT_HTTP;
    const requestId = randomUUID();
    logger.log(`Refused before routing: ${status} (${error.code ?? 'client error'}) requestId=${requestId}`);
    // A response already under way (a timeout while an answer is being written) cannot get another.
    const response = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (socket.writable && response?.headersSent !== true) {
      const body = JSON.stringify({
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail,
        instance: `urn:uuid:${requestId}`,
        requestId,
      } satisfies ProblemDetailsDto);
      const lines = Object.entries({
        ...headers,
        'x-request-id': requestId,
        'content-type': `${PROBLEM_JSON}; charset=utf-8`,
        'content-length': String(Buffer.byteLength(body)),
        connection: 'close',
      }).map(([name, value]) => `${name}: ${value}`);
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
    }
    socket.destroySoon();
  };
}

const FRAMEWORK_ERRORS: Record<string, { status: number; detail: string }> = {
  FST_ERR_BAD_URL: { status: 400, detail: 'The URL is not valid: check its percent-encoding' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, detail: 'A path segment is longer than the server accepts' },
};

/** Fastify's frameworkErrors: a bad URL (invalid percent-encoding) answered in the one error format. */
export function frameworkErrorHandler(
  headers: HeaderSet,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const answer = FRAMEWORK_ERRORS[error.code] ?? { status: 400, detail: 'The request cannot be routed' };
    void reply
      .code(answer.status)
      .headers(headers)
      .header('x-request-id', request.id)
      .header('content-type', PROBLEM_JSON)
      .send(problemBody(request, answer.status, answer.detail));
  };
}
