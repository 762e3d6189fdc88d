export * from './users.module.js';
export * from './users.feature.js';
export * from './users.service.js';
export * from './password-hasher.js';
export * from './password-policy.js';
export * from './user.dto.js';
export * from './user.events.js';
export * from './auth-user.js';
