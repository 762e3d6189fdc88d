export function freePort(): Promise<number>;

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  urlFor(database: string): string;
  readonly pid: number | undefined;
  /** Starts the server again (a no-op while it runs). */
  start(): Promise<void>;
  stop(): Promise<void>;
  freeze(): void;
  resume(): void;
  destroy(): Promise<void>;
}

export function startPrivatePostgres(options?: { settings?: Record<string, string> }): Promise<PrivatePostgres>;

export interface PrivateRedis {
  url: string;
  port: number;
  /** Starts the server again (a no-op while it runs). */
  start(): Promise<void>;
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export function startPrivateRedis(): Promise<PrivateRedis>;
