import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException } from '../errors/problem.exception.js';

/** Deeper than any real request; deep enough nesting overflows validation's recursion otherwise. */
export const MAX_JSON_DEPTH = 32;

/**
 * Walks a parsed body without recursion. Returns why it is refused: too deep, or a NUL
 * character, which PostgreSQL text cannot store (it would surface as a 500 much later).
 */
export function jsonBodyProblem(body: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return 'The request body contains a NUL character';
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= maxDepth) {
        return `The request body is nested deeper than ${maxDepth} levels`;
      }
      for (const [key, child] of Object.entries(value)) {
        if (key.includes('\u0000')) {
          return 'The request body contains a NUL character';
        }
        stack.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * Fastify's own JSON parser (which refuses prototype poisoning), followed by the checks above;
 * refusals are 400 problem+json like every other error.
 */
export function useSafeJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    // parseAs: 'string' hands over a string; the shared signature also allows a Buffer.
    void parse(request, raw as string, (error, body) => {
      if (error) {
        done(error);
        return;
      }
      const problem = jsonBodyProblem(body);
      if (problem) {
        done(new ProblemException(400, problem));
        return;
      }
      done(null, body);
    });
  });
}

/** PostgreSQL text cannot hold NUL, so a query string carrying one is refused up front. */
export function refuseNulInQuery(request: FastifyRequest): void {
  const query = request.url.indexOf('?');
  if (query >= 0 && /%00/i.test(request.url.slice(query))) {
    throw new ProblemException(400, 'The query string contains a NUL character');
  }
}
