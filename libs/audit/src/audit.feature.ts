import { defineFeature } from '@groundwork/feature';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditEvents1764400100000 } from './migrations/1764400100000-AuditEvents.js';

/** The audit trail's table (see FeatureDeclaration); the event types are declared by the features that record them. */
export const AUDIT_FEATURE = defineFeature({
  name: 'audit',
  entities: [AuditEventEntity],
  migrations: [AuditEvents1764400100000],
});
