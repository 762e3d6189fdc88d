export * from './health.module.js';
export * from './shutdown-state.js';
export * from './health.feature.js';
export { HealthService } from './health.service.js';
