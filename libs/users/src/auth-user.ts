import type { Role } from '@groundwork/access';

/** What the auth lib needs to sign a user in; the only shape that carries the password hash. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  emailVerified: boolean;
  /** Read with the hash: a session opens only if it is still the same (see UsersService.confirmCredentials). */
  credentialsVersion: number;
}
