import { readFileSync, existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FeatureCatalog } from '@groundwork/feature';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ResponseObject = Extract<Operation['responses'][string], { description: string }>;
type HeadersObject = NonNullable<ResponseObject['headers']>;
import { FieldErrorDto, PROBLEM_JSON, ProblemDetailsDto } from './errors/problem-details.dto.js';
import { DOCS_PATH } from './configure-http.js';
import type { InputLimits } from '@groundwork/config';
import { DEFAULT_INPUT_LIMITS, INPUT_LIMIT_PROBLEM } from './parsing/json-body.js';

export const BEARER_AUTH = 'bearer';

function packageInfo(): { name: string; version: string; description: string } {
  // Found by walking up, so it works from the sources and from dist/.
  for (let dir = import.meta.dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        name?: string;
        version?: string;
        description?: string;
      };
      if (pkg.name === 'groundwork') {
        return {
          name: 'Groundwork API',
          version: pkg.version ?? '0.0.0',
          description: pkg.description ?? '',
        };
      }
    }
  }
  return { name: 'Groundwork API', version: '0.0.0', description: '' };
}

/** What any request may hold; past these it is refused with 400 before any work is done on it. */
export function describeInputLimits(limits: InputLimits): string {
  return (
    `JSON bodies: nesting up to ${limits.jsonDepth} levels, up to ${limits.jsonObjectKeys} fields in one object, ` +
    `${limits.jsonArrayItems} items in one list and ${limits.jsonValues} fields and list items in all; ` +
    `query strings: up to ${limits.queryParams} parameters; no NUL characters. ` +
    'Strings far over their documented maxLength are refused before any other check.'
  );
}

/** The OpenAPI document, generated from the code (controllers, DTOs and their doc comments). */
export function buildOpenApiDocument(app: INestApplication, limits: InputLimits = DEFAULT_INPUT_LIMITS): OpenAPIObject {
  const info = packageInfo();
  const config = new DocumentBuilder()
    .setTitle(info.name)
    .setDescription(
      `${info.description}\n\nInput limits (problem type ${INPUT_LIMIT_PROBLEM}): ${describeInputLimits(limits)}`,
    )
    .setVersion(info.version)
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'A short-lived access token from /auth/login or /auth/refresh: a JWS signed with HS256 only ' +
          '(the algorithm is pinned, so "none" and key confusion are refused), issuer and audience checked, ' +
          'following the RFC8725 best practices.',
      },
      BEARER_AUTH,
    )
    .build();
  // Each feature declares its tags; works in preview mode too (the container exists, providers do not).
  config.tags = FeatureCatalog.of(app.get(ModulesContainer)).openApiTags.map(({ name, description }) => ({
    name,
    description,
  }));
  // Relative, so the document works on whichever host serves it; x-internal states the audience.
  const server = { url: '/', description: 'The server serving this document (local, staging or production)' };
  config.servers = [{ ...server, 'x-internal': false } as typeof server];
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsDto, FieldErrorDto],
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
  addPlatformResponses(document, limits);
  addProblemExamples(document);
  return document;
}

const problem = (description: string, headers?: HeadersObject): ResponseObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${ProblemDetailsDto.name}` } } },
});

/**
 * Answers the platform can give on any operation, whatever its controller says: request parsing
 * (400, 413, 415), the general rate limit (429), unexpected errors (500), and a dependency outage or
 * shutdown (503).
 */
function addPlatformResponses(document: OpenAPIObject, limits: InputLimits): void {
  const retryAfter: HeadersObject = {
    'Retry-After': {
      description: 'Seconds until a request may succeed',
      schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 86400 },
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = path[method];
      if (!operation) {
        continue;
      }
      const responses = operation.responses;
      // Any query string can be refused (a NUL character); any method but GET can carry a body
      // whether or not the operation takes one.
      const refused = `The request is malformed, over an input limit or fails validation. ${describeInputLimits(limits)}`;
      if (responses['400'] && 'description' in responses['400']) {
        responses['400'].description = refused;
      }
      responses['400'] ??= problem(refused);
      if (method !== 'get') {
        responses['413'] ??= problem('The request body is larger than BODY_LIMIT (1 MiB unless configured)');
        responses['415'] ??= problem('Unsupported content type');
      }
      responses['429'] ??= problem('Too many requests; retry after the time in Retry-After', retryAfter);
      responses['500'] ??= problem('Unexpected server error');
      responses['503'] ??= problem(
        'Temporarily unavailable (the database is down or slow, too many sign-ins wait for password hashing, or this instance is shutting down); retry after the time in Retry-After',
        retryAfter,
      );
      addRateLimitHeaders(responses);
    }
  }
}

/**
 * Gives every problem+json response an example of its own status (the schema's example is one
 * status, and Swagger UI would show it for every error): title, status and detail match the code.
 * An operation that declares its own example keeps it.
 */
function addProblemExamples(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      for (const [code, response] of Object.entries(item[method]?.responses ?? {})) {
        if (!response || !('description' in response)) {
          continue;
        }
        const media = response.content?.[PROBLEM_JSON];
        if (media === undefined || media.example !== undefined || media.examples !== undefined) {
          continue;
        }
        const status = Number(code);
        media.example = {
          type: 'about:blank',
          title: STATUS_CODES[status] ?? 'Error',
          status,
          // A 400's description lists the input limits; its example shows a field error instead.
          detail: status === 400 ? 'email must be an email' : response.description,
          instance: path,
          requestId: '6f1c2a9e-54b3-4c5e-9a61-2f0f6b1a3d7e',
          ...(status === 400 ? { errors: [{ field: 'email', message: 'email must be an email' }] } : {}),
        };
      }
    }
  }
}

const rateLimitHeader = (description: string, minimum: number, maximum: number) => ({
  // Not required: a request refused before routing (malformed body, unknown path) never reaches the limiter.
  description: `${description}; sent once the request reaches the rate limiter`,
  schema: { type: 'integer', format: 'int32', minimum, maximum },
});

/** The general rate limiter (a global guard) sets these on every routed 2xx and 4xx answer. */
function addRateLimitHeaders(responses: Operation['responses']): void {
  const headers: HeadersObject = {
    'RateLimit-Limit': rateLimitHeader('Requests allowed in the current window', 1, 1_000_000),
    'RateLimit-Remaining': rateLimitHeader('Requests left in the current window', 0, 1_000_000),
    'RateLimit-Reset': rateLimitHeader('Seconds until the window resets', 0, 86_400),
  };
  for (const [status, response] of Object.entries(responses)) {
    if (!/^[24]/.test(status) || !response || !('description' in response)) {
      continue;
    }
    response.headers = { ...headers, ...response.headers };
  }
}

/** Serves Swagger UI at /docs and the document at /docs-json. */
export function serveOpenApiDocs(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
    yamlDocumentUrl: `${DOCS_PATH}-yaml`,
    swaggerOptions: {
      persistAuthorization: true,
      displayRequestDuration: true,
    },
  });
}
