import { defineFeature } from '@groundwork/feature';
import { AUTH_AUDIT_EVENTS } from './audit/audit-log.service.js';
import { AUTH_METRICS } from './auth.metrics.js';
import { AUTH_ENTITIES } from './entities/index.js';
import { AuthMaintenance } from './maintenance/auth-maintenance.service.js';
import { PasswordResetRequestHandler } from './password-reset/password-reset-request.handler.js';
import { AuthSessions1763700100000 } from './migrations/1763700100000-AuthSessions.js';
import { RefreshTokenPruneIndex1765000000000 } from './migrations/1765000000000-RefreshTokenPruneIndex.js';

/** What the platform needs from the auth lib (see FeatureDeclaration). */
export const AUTH_FEATURE = defineFeature({
  name: 'auth',
  entities: AUTH_ENTITIES,
  migrations: [AuthSessions1763700100000, RefreshTokenPruneIndex1765000000000],
  openApiTags: [{ name: 'auth', description: 'Sign-up, sign-in, tokens, sessions, passwords and email verification' }],
  auditEvents: AUTH_AUDIT_EVENTS,
  metrics: Object.values(AUTH_METRICS),
  jobHandlers: [AuthMaintenance, PasswordResetRequestHandler],
});
