import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HealthProbes {
  /** Resolves when ready; rejects with the reason otherwise. */
  ready(): Promise<void>;
}

/**
 * The worker's two probes on a port of its own, without an HTTP framework: GET /health/live and
 * GET /health/ready, answered as the API answers them (JSON, or problem+json with 503).
 */
export async function startHealthServer(probes: HealthProbes, host: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    const send = (status: number, body: object, type = 'application/json'): void => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { type: 'about:blank', title: 'Method Not Allowed', status: 405 }, 'application/problem+json');
      return;
    }
    if (path === '/health/live') {
      send(200, { status: 'ok' });
      return;
    }
    if (path === '/health/ready') {
      probes.ready().then(
        () => send(200, { status: 'ok' }),
        (error: unknown) =>
          send(
            503,
            {
              type: 'about:blank',
              title: 'Service Unavailable',
              status: 503,
              detail: error instanceof Error ? error.message : 'Not ready',
            },
            'application/problem+json',
          ),
      );
      return;
    }
    send(404, { type: 'about:blank', title: 'Not Found', status: 404 }, 'application/problem+json');
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

export function serverPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}
