import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Objects in the document list their properties; anything else in a response is a leak or a doc bug. */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(closeObjects);
  }
  if (typeof schema !== 'object' || schema === null) {
    return schema;
  }
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = closeObjects(value);
  }
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

export interface ResponseUnderTest {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  body: unknown;
}

/** Checks a response against the document the app serves: status documented, content type, body schema. */
export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly routes: {
    method: string;
    template: string;
    pattern: RegExp;
    operation: Operation;
  }[] = [];
  private readonly compiled = new Map<Schema, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const components = closeObjects(document.components?.schemas ?? {}) as Record<string, Schema>;
    for (const [name, schema] of Object.entries(components)) {
      this.ajv.addSchema(schema, `#/components/schemas/${name}`);
    }
    for (const [template, methods] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const [method, operation] of Object.entries(methods)) {
        this.routes.push({
          method: method.toUpperCase(),
          template,
          pattern,
          operation,
        });
      }
    }
  }

  /** Returns the list of problems; empty when the response honours the document. */
  check(response: ResponseUnderTest): string[] {
    const path = response.path.split('?')[0] ?? '';
    const route = this.routes.find((r) => r.method === response.method && r.pattern.test(path));
    const where = `${response.method} ${path} -> ${response.status}`;
    if (!route) {
      // Unknown routes must still answer in the one error format: 404, or 405 on a known path.
      const known = this.routes.some((r) => r.pattern.test(path));
      const refused = response.status === 404 || (response.status === 405 && known);
      return refused && response.contentType?.startsWith('application/problem+json')
        ? []
        : [`${where}: no such operation in the document`];
    }
    const documented = route.operation.responses[String(response.status)];
    if (!documented) {
      return [`${where}: status not documented for ${route.method} ${route.template}`];
    }
    const content = documented.content;
    if (!content) {
      return response.body === undefined || response.body === ''
        ? []
        : [`${where}: documented without a body, got one`];
    }
    const mediaType = (response.contentType ?? '').split(';')[0]?.trim() ?? '';
    const media = content[mediaType];
    if (!media) {
      return [`${where}: content type "${mediaType}" not documented (expected ${Object.keys(content).join(', ')})`];
    }
    if (!media.schema) {
      return [];
    }
    const validate = this.validatorFor(media.schema);
    if (validate(response.body)) {
      return [];
    }
    return (validate.errors ?? []).map(
      (e) => `${where}: body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }

  private validatorFor(schema: Schema): ValidateFunction {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(closeObjects(schema) as Schema);
      this.compiled.set(schema, validate);
    }
    return validate;
  }
}
