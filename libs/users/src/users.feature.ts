import { defineFeature } from '@groundwork/feature';
import { Users1763700000000 } from './migrations/1763700000000-Users.js';
import { UserEntity } from './user.entity.js';

/** What the platform needs from the users lib (see FeatureDeclaration). */
export const USERS_FEATURE = defineFeature({
  name: 'users',
  entities: [UserEntity],
  migrations: [Users1763700000000],
  openApiTags: [{ name: 'users', description: 'The signed-in user, and user administration for admins' }],
});
