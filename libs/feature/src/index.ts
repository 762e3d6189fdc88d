export * from './feature.js';
export * from './feature-catalog.js';
