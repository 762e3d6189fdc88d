export * from './database.module.js';
export * from './database-server.js';
export * from './data-source-options.js';
export * from './transaction-runner.js';
export * from './embedded/embedded-postgres.server.js';
export * from './migration-revert.js';
export * from './database-unavailable.js';
export * from './backup/index.js';
