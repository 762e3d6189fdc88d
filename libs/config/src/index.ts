export * from './app-config.js';
export * from './config.module.js';
export * from './env.validation.js';
export * from './runtime-tuning.js';
