import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

/** The API's schemas by name, e.g. `Schemas['UserResponseDto']`. */
export type Schemas = components['schemas'];

export type GroundworkClient = Client<paths>;

export interface GroundworkClientOptions {
  /** The access token to send as a bearer token; called per request, so a refreshed token is used at once. */
  getToken?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Another fetch (tests, instrumentation); the global one by default. */
  fetch?: (input: Request) => Promise<Response>;
  /** Sent with every request. */
  headers?: Record<string, string>;
}

function bearerToken(getToken: NonNullable<GroundworkClientOptions['getToken']>): Middleware {
  return {
    async onRequest({ request }) {
      // A per-call Authorization header (e.g. a different user's token) wins.
      if (request.headers.has('authorization')) {
        return request;
      }
      const token = await getToken();
      if (token) {
        request.headers.set('authorization', `Bearer ${token}`);
      }
      return request;
    },
  };
}

/**
 * A typed client for the Groundwork API, generated from its OpenAPI document: paths, parameters,
 * bodies and responses are checked by the compiler. `baseUrl` is the server's origin
 * (e.g. https://api.example.com); paths carry their /api/v1 prefix.
 */
export function createGroundworkClient(baseUrl: string, options: GroundworkClientOptions = {}): GroundworkClient {
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  if (options.getToken) {
    client.use(bearerToken(options.getToken));
  }
  return client;
}
