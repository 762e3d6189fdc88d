import type { Role } from '@groundwork/access';

/** Emitted (via @nestjs/event-emitter) after the change is committed; auth listens to end sessions. */
export const UserEvents = {
  Deleted: 'user.deleted',
  Restored: 'user.restored',
  RoleChanged: 'user.role-changed',
  PasswordChanged: 'user.password-changed',
} as const;

export interface UserDeletedEvent {
  userId: string;
}
export interface UserRoleChangedEvent {
  userId: string;
  from: Role;
  to: Role;
  /** Who made the change (an admin's user id, or 'cli'). */
  by: string;
}
export interface UserRestoredEvent {
  userId: string;
}
export interface UserPasswordChangedEvent {
  userId: string;
}
