import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { type UserDeletedEvent, UserEvents, type UserRoleChangedEvent } from '@groundwork/users';
import { AuditLog } from '../audit/audit-log.service.js';
import { SessionsService } from '../sessions/sessions.service.js';

/**
 * Account changes that must end sessions. The users lib awaits these (emitAsync) before answering,
 * so a deleted or demoted user's tokens already fail when the admin sees the response.
 * Password changes are handled by the flows that make them (change keeps the caller's session).
 */
@Injectable()
export class UserEventsListener {
  constructor(
    private readonly sessions: SessionsService,
    private readonly audit: AuditLog,
  ) {}

  @OnEvent(UserEvents.Deleted)
  async onUserDeleted(event: UserDeletedEvent): Promise<void> {
    const ended = await this.sessions.revokeAllForUser(event.userId, 'user-deleted');
    this.audit.record('auth.sessions.revoked', { userId: event.userId, reason: 'user-deleted', sessions: ended });
  }

  /** Tokens carry the role: rather than let old ones act with it, the user signs in again. */
  @OnEvent(UserEvents.RoleChanged)
  async onRoleChanged(event: UserRoleChangedEvent): Promise<void> {
    const ended = await this.sessions.revokeAllForUser(event.userId, 'role-changed');
    this.audit.record('user.role-changed', {
      userId: event.userId,
      by: event.by,
      reason: `${event.from}->${event.to}`,
      sessions: ended,
    });
  }
}
