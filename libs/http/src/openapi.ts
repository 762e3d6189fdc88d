import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsDto, FieldErrorDto } from './errors/problem-details.dto.js';
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
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDetailsDto, FieldErrorDto],
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
  });
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
