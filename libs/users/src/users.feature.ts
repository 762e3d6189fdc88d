import { defineFeature } from '@groundwork/feature';
import { Users1763700000000 } from './migrations/1763700000000-Users.js';
import { CredentialsVersion1764400000000 } from './migrations/1764400000000-CredentialsVersion.js';
import { UserListIndexes1765000100000 } from './migrations/1765000100000-UserListIndexes.js';
import { UserEntity } from './user.entity.js';
import { USER_AUDIT_EVENTS } from './user.events.js';

/** What the platform needs from the users lib (see FeatureDeclaration). */
export const USERS_FEATURE = defineFeature({
  name: 'users',
  entities: [UserEntity],
  migrations: [Users1763700000000, CredentialsVersion1764400000000, UserListIndexes1765000100000],
  openApiTags: [{ name: 'users', description: 'The signed-in user, and user administration for admins' }],
  auditEvents: USER_AUDIT_EVENTS,
});
