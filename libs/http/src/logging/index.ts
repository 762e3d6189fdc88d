export * from './logger-options.js';
export * from './request-context.js';
