import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, type AppConfig } from '@groundwork/config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded/embedded-postgres.server.js';

/**
 * Resolves where the database lives: the configured PostgreSQL URL, or an embedded
 * PostgreSQL server under ./data started on demand (a fresh clone needs no server).
 */
@Injectable()
export class DatabaseServer {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgresHandle;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get isEmbedded(): boolean {
    return this.config.database.url === undefined;
  }

  async url(): Promise<string> {
    if (this.config.database.url !== undefined) {
      return this.config.database.url;
    }
    this.embedded ??= await startEmbeddedPostgres({
      dataDir: this.config.database.embeddedDir,
      log: {
        log: (message) => this.logger.log(message),
        warn: (message) => this.logger.warn(message),
        error: (message) => this.logger.error(message),
      },
    });
    this.logger.log(
      `Embedded PostgreSQL ready on 127.0.0.1:${this.embedded.port} (${this.config.database.embeddedDir})`,
    );
    return this.embedded.url;
  }

  /** Stops the embedded server; the data source must be closed first (see DatabaseLifecycle). */
  async stop(): Promise<void> {
    const embedded = this.embedded;
    this.embedded = undefined;
    await embedded?.stop();
  }
}
