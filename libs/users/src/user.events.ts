import type { Role } from '@groundwork/access';
import type { Transaction } from '@groundwork/database';

/**
 * Emitted (via @nestjs/event-emitter, awaited) inside the transaction that makes the change, with
 * its handle: listeners write in it (auth ends sessions, issues links) and register side effects
 * with TransactionRunner.afterCommit(). A listener that fails rolls the change back, so listeners
 * subscribe with `suppressErrors: false`.
 */
export const UserEvents = {
  Deleted: 'user.deleted',
  Restored: 'user.restored',
  RoleChanged: 'user.role-changed',
  EmailChanged: 'user.email-changed',
  /** An operator set the password (create-admin): every session ends. */
  PasswordReplaced: 'user.password-replaced',
} as const;

interface InTransaction {
  tx: Transaction;
}

export interface UserDeletedEvent extends InTransaction {
  userId: string;
}
export interface UserRoleChangedEvent extends InTransaction {
  userId: string;
  from: Role;
  to: Role;
  /** Who made the change (an admin's user id, or 'cli'). */
  by: string;
}
export interface UserPasswordReplacedEvent extends InTransaction {
  userId: string;
  /** Who set it ('cli'). */
  by: string;
}
export interface UserRestoredEvent extends InTransaction {
  userId: string;
}
export interface UserEmailChangedEvent extends InTransaction {
  userId: string;
  name: string;
  from: string;
  to: string;
}

/** The audit trail entries this lib writes (declared in USERS_FEATURE). */
export const USER_AUDIT_EVENTS = ['user.created', 'user.updated', 'user.deleted', 'user.restored'] as const;
