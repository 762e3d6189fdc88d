export * from './security-headers.js';
export * from './request-id.js';
