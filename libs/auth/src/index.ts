export * from './auth.module.js';
export * from './auth.feature.js';
export { AuthProblems } from './auth.errors.js';
export { AuditLog, type AuditEvent, type AuditFields } from './audit/audit-log.service.js';
export * from './entities/index.js';
export { SessionsService } from './sessions/sessions.service.js';
export {
  SessionLiveness,
  SESSION_CACHE_OPTIONS,
  type SessionCacheOptions,
} from './sessions/session-liveness.service.js';
export { AccessTokenService, type AccessTokenClaims } from './tokens/access-token.service.js';
export { AuthResponseDto, AuthTokensResponseDto } from './dto/auth.dto.js';
export { SessionListResponseDto, SessionResponseDto } from './dto/session.dto.js';
export { AuthMaintenance } from './maintenance/auth-maintenance.service.js';
