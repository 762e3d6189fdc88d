export * from './audit.module.js';
export { AUDIT_FEATURE } from './audit.feature.js';
export { AuditTrail, diff, type AuditEntry } from './audit-trail.js';
export { AuditEventEntity, type AuditChange } from './audit-event.entity.js';
