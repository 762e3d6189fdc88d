import pg from 'pg';

export interface ClientBounds {
  /** TCP connect plus PostgreSQL startup. */
  connectTimeoutMs: number;
  /** Server-side statement_timeout. */
  statementTimeoutMs: number;
}

/** The client waits this much longer than the server's own limit, so the server's error wins when it can answer. */
const CLIENT_MARGIN_MS = 1_000;

type Query = pg.Client['query'];

/**
 * A pg client that cannot wait forever. The server's statement_timeout needs a live server; against
 * a frozen one (SIGSTOP, a network partition) the client gives up on its own (query_timeout) and then
 * destroys its socket: the connection may still be inside a transaction whose ROLLBACK never went out,
 * so it must never be reused. The pool drops it, and the server rolls the transaction back once it
 * sees the socket closed.
 */
export function boundedClient(bounds: ClientBounds): typeof pg.Client {
  class BoundedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({
        ...config,
        connectionTimeoutMillis: bounds.connectTimeoutMs,
        statement_timeout: bounds.statementTimeoutMs,
        query_timeout: bounds.statementTimeoutMs + CLIENT_MARGIN_MS,
        // A transaction left open by a vanished client stops holding locks after this.
        idle_in_transaction_session_timeout: bounds.statementTimeoutMs * 2 + CLIENT_MARGIN_MS,
        keepAlive: true,
      });
    }
  }
  // Patched on the prototype: pg's query() has a dozen overloads a subclass method cannot restate.
  const query = Reflect.get(pg.Client.prototype, 'query') as (this: pg.Client, ...args: unknown[]) => unknown;
  BoundedClient.prototype.query = function boundedQuery(this: pg.Client, ...args: unknown[]): unknown {
    const result = query.apply(this, args);
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        if (error instanceof Error && error.message === 'Query read timeout') {
          (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
        throw error;
      });
    }
    return result;
  } as Query;
  return BoundedClient;
}
