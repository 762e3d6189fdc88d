import type { FastifyInstance } from 'fastify';
import type { InputLimits } from '@groundwork/config';
import { ProblemException } from '../errors/problem.exception.js';

/** A refusal for input over one of the configured bounds; clients may branch on the type. */
export const INPUT_LIMIT_PROBLEM = 'urn:groundwork:problem:input-limit';

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  jsonDepth: 32,
  jsonObjectKeys: 200,
  jsonArrayItems: 1_000,
  jsonValues: 10_000,
  queryParams: 50,
};

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * One pass over the raw text, before JSON.parse builds anything: nesting and the number of entries
 * (keys and list items, counted by the commas between them, so repeated keys count too) are bounded
 * here, since parsing a megabyte of small entries alone blocks the event loop for a long time.
 */
export function jsonTextProblem(text: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): string | undefined {
  let depth = 0;
  let commas = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) {
        i += 1;
      } else if (c === QUOTE) {
        inString = false;
      }
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === COMMA) {
      commas += 1;
      if (commas >= limits.jsonValues) {
        return `The request body has more than ${limits.jsonValues} fields and list items in all`;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (depth > limits.jsonDepth) {
        return `The request body is nested deeper than ${limits.jsonDepth} levels`;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return undefined;
}

/**
 * Walks a parsed body once, without recursion, and returns why it is refused: nested too deep,
 * an object or a list with more entries than the limits allow (what validation, transformation
 * and error building cost grows with), or a NUL character, which PostgreSQL text cannot store
 * (it would surface as a 500 much later). Stops at the first problem.
 */
export function jsonBodyProblem(body: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): string | undefined {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) {
        return 'The request body contains a NUL character';
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) {
      continue;
    }
    if (depth >= limits.jsonDepth) {
      return `The request body is nested deeper than ${limits.jsonDepth} levels`;
    }
    if (Array.isArray(value)) {
      if (value.length > limits.jsonArrayItems) {
        return `A list in the request body has more than ${limits.jsonArrayItems} items`;
      }
      for (const item of value as unknown[]) {
        stack.push([item, depth + 1]);
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.jsonObjectKeys) {
      return `An object in the request body has more than ${limits.jsonObjectKeys} fields`;
    }
    for (const key of keys) {
      if (key.includes('\u0000')) {
        return 'The request body contains a NUL character';
      }
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

/**
 * Fastify's own JSON parser (which refuses prototype poisoning), followed by the checks above;
 * refusals are 400 problem+json like every other error. An empty body is no body: operations
 * that take none accept it, and the others answer which fields are required.
 */
export function useSafeJsonParser(fastify: FastifyInstance, limits: InputLimits = DEFAULT_INPUT_LIMITS): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    // parseAs: 'string' hands over a string; the shared signature also allows a Buffer.
    if (raw === '') {
      done(null, undefined);
      return;
    }
    const text = raw as string;
    const tooBig = jsonTextProblem(text, limits);
    if (tooBig) {
      done(inputLimitProblem(tooBig));
      return;
    }
    void parse(request, text, (error, body) => {
      if (error) {
        done(error);
        return;
      }
      const problem = jsonBodyProblem(body, limits);
      if (problem) {
        done(inputLimitProblem(problem));
        return;
      }
      done(null, body);
    });
  });
}

const inputLimitProblem = (detail: string): ProblemException =>
  new ProblemException(400, detail, { type: INPUT_LIMIT_PROBLEM });

/**
 * Checks the raw query string before anything reads it: the parameter count is bounded (each
 * one is parsed, transformed and validated), and PostgreSQL text cannot hold NUL.
 */
export function queryStringProblem(url: string, maxParams: number): ProblemException | undefined {
  const start = url.indexOf('?');
  if (start < 0) {
    return undefined;
  }
  let params = 1;
  for (let i = url.indexOf('&', start); i >= 0; i = url.indexOf('&', i + 1)) {
    params += 1;
  }
  if (params > maxParams) {
    return inputLimitProblem(`The query string has more than ${maxParams} parameters`);
  }
  if (/%00/i.test(url.slice(start))) {
    return new ProblemException(400, 'The query string contains a NUL character');
  }
  return undefined;
}
