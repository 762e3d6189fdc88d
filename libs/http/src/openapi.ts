import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ResponseObject = Extract<Operation['responses'][string], { description: string }>;
type HeadersObject = NonNullable<ResponseObject['headers']>;
import { FieldErrorDto, PROBLEM_JSON, ProblemDetailsDto } from './errors/problem-details.dto.js';
import { DOCS_PATH } from './configure-http.js';

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
      if (pkg.name === 'groundwork')
        return {
          name: 'Groundwork API',
          version: pkg.version ?? '0.0.0',
          description: pkg.description ?? '',
        };
    }
  }
  return { name: 'Groundwork API', version: '0.0.0', description: '' };
}

/** The OpenAPI document, generated from the code (controllers, DTOs and their doc comments). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const info = packageInfo();
  const config = new DocumentBuilder()
    .setTitle(info.name)
    .setDescription(info.description)
    .setVersion(info.version)
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_AUTH)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsDto, FieldErrorDto],
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
  addPlatformResponses(document);
  return document;
}

const problem = (description: string, headers?: HeadersObject): ResponseObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: { [PROBLEM_JSON]: { schema: { $ref: `#/components/schemas/${ProblemDetailsDto.name}` } } },
});

/**
 * Answers the platform can give on any operation, whatever its controller says: body parsing
 * (400, 413, 415), the general rate limit (429) and unexpected errors (500).
 */
function addPlatformResponses(document: OpenAPIObject): void {
  const retryAfter: HeadersObject = {
    'Retry-After': {
      description: 'Seconds until a request may succeed',
      schema: { type: 'integer', minimum: 0, maximum: 86400 },
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = path[method];
      if (!operation) continue;
      const responses = operation.responses;
      if (operation.requestBody) {
        responses['400'] ??= problem('The request is malformed or fails validation');
        responses['413'] ??= problem('The request body is too large');
        responses['415'] ??= problem('Unsupported content type');
      }
      responses['429'] ??= problem('Too many requests; retry after the time in Retry-After', retryAfter);
      responses['500'] ??= problem('Unexpected server error');
    }
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
