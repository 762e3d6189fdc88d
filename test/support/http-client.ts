import { OpenApiValidator, type OpenApiDocument } from './openapi-validator.js';

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON (malformed bodies, other media types). */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** Skip the contract check, for requests that deliberately break the protocol. */
  unchecked?: boolean;
}

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Real HTTP against the running app. Every response is checked against the OpenAPI document the
 * app serves, so no test can forget to: an undocumented status or field fails the test.
 */
export class HttpClient {
  private validator?: OpenApiValidator;

  constructor(readonly baseUrl: string) {}

  async loadContract(): Promise<OpenApiDocument> {
    const response = await fetch(`${this.baseUrl}/docs-json`);
    const document = (await response.json()) as OpenApiDocument;
    this.validator = new OpenApiValidator(document);
    return document;
  }

  get = <T = any>(path: string, options: RequestOptions = {}) => this.request<T>('GET', path, options);
  post = <T = any>(path: string, options: RequestOptions = {}) => this.request<T>('POST', path, options);
  patch = <T = any>(path: string, options: RequestOptions = {}) => this.request<T>('PATCH', path, options);
  put = <T = any>(path: string, options: RequestOptions = {}) => this.request<T>('PUT', path, options);
  delete = <T = any>(path: string, options: RequestOptions = {}) => this.request<T>('DELETE', path, options);

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | Buffer | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (options.token) {
      headers.authorization = `Bearer ${options.token}`;
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type');
    const parsed: unknown = contentType?.includes('json') && text !== '' ? JSON.parse(text) : text;
    if (!options.unchecked && this.validator) {
      const problems = this.validator.check({
        method,
        path,
        status: response.status,
        contentType,
        body: text === '' ? undefined : parsed,
      });
      if (problems.length > 0) {
        throw new Error(`Response breaks the OpenAPI contract:\n${problems.join('\n')}\nbody: ${text.slice(0, 500)}`);
      }
    }
    return {
      status: response.status,
      headers: response.headers,
      body: parsed as T,
      text,
    };
  }
}
