import { OpenApiValidator, type OpenApiDocument } from './openapi-validator.js';

/**
 * A fetch for the generated client that checks every response against the served OpenAPI
 * document, like HttpClient does: the typed client and the contract cannot drift apart unnoticed.
 */
export async function contractCheckedFetch(baseUrl: string): Promise<(request: Request) => Promise<Response>> {
  const document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApiDocument;
  const validator = new OpenApiValidator(document);
  return async (request: Request) => {
    const response = await fetch(request);
    const text = await response.clone().text();
    const contentType = response.headers.get('content-type');
    const body: unknown = contentType?.includes('json') && text !== '' ? JSON.parse(text) : text;
    const problems = validator.check({
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      contentType,
      body: text === '' ? undefined : body,
    });
    if (problems.length > 0) {
      throw new Error(`Response breaks the OpenAPI contract:\n${problems.join('\n')}\nbody: ${text.slice(0, 500)}`);
    }
    return response;
  };
}
