export const ROLES = ['user', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: set by the auth guard from a verified access token and a live session. */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
}
