import pg from 'pg';

/** The application_name of lease connections: pg_stat_activity lists every process using the server. */
export const LEASE_APPLICATION_NAME = 'groundwork-embedded-lease';

/** Serialises joining and leaving, so a server is never stopped under a process that just joined. */
const LEASE_LOCK_KEY = 0x67_72_6f_75_6e_64; // "ground"

/**
 * Each process using an embedded server (the one that started it and every process that joined
 * it) holds one lease: a connection it keeps open. The server itself counts them, so a process
 * that dies, even by SIGKILL, drops its lease with its connection; no pid file can go stale.
 * The last process to leave stops the server.
 */
export class ServerLease {
  private constructor(private readonly client: pg.Client) {}

  /**
   * Connects and waits for any leave in progress: if that leave stops the server, this connection
   * is terminated with it and acquire() rejects, so the caller starts a server instead.
   */
  static async acquire(adminUrl: string): Promise<ServerLease> {
    const client = new pg.Client({ connectionString: adminUrl, application_name: LEASE_APPLICATION_NAME });
    // A server stopping under the lease emits 'error' on the idle client; release() copes.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT pg_advisory_lock($1), pg_advisory_unlock($1)', [LEASE_LOCK_KEY]);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return new ServerLease(client);
  }

  /**
   * Leaves: when no other process holds a lease, runs `stopServer` while still holding the lock
   * (a process joining meanwhile waits, then fails over); otherwise leaves the server running and
   * returns how many others use it. When the lease lost its connection, nobody can tell who else
   * uses the server: it is left alone (`others` undefined) and the next process to come adopts it.
   */
  async release(stopServer: () => Promise<void>): Promise<{ others: number | undefined }> {
    let others: number | undefined;
    try {
      await this.client.query('SELECT pg_advisory_lock($1)', [LEASE_LOCK_KEY]);
      const { rows } = await this.client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
        [LEASE_APPLICATION_NAME],
      );
      others = rows[0]?.n ?? 0;
    } catch {
      others = undefined;
    }
    if (others === 0) {
      await stopServer();
    }
    await this.client.end().catch(() => undefined);
    return { others };
  }
}
