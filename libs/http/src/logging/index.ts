export * from './logger-options.js';
export * from './request-context.js';
export * from './rate-limited-log.js';
