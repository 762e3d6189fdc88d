import { OneTimeTokenEntity } from './one-time-token.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SessionEntity } from './session.entity.js';

export { OneTimeTokenEntity, RefreshTokenEntity, SessionEntity };
export type { OneTimeTokenPurpose } from './one-time-token.entity.js';
export type { SessionRevokeReason } from './session.entity.js';

export const AUTH_ENTITIES = [SessionEntity, RefreshTokenEntity, OneTimeTokenEntity];
