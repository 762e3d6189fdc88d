export * from './errors/index.js';
export * from './pagination/index.js';
export * from './security/index.js';
export * from './logging/index.js';
export * from './http-platform.module.js';
export * from './fastify-adapter.js';
export * from './configure-http.js';
export * from './openapi.js';
