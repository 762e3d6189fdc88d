import { ProblemException, ValidationProblemException } from '@groundwork/http';

/** Problem types a client may branch on; the detail text is for humans. */
export const AuthProblems = {
  InvalidCredentials: 'urn:groundwork:problem:invalid-credentials',
  InvalidToken: 'urn:groundwork:problem:invalid-token',
  /** The access token was genuine but is past its exp: refresh it. A forged token is InvalidToken. */
  TokenExpired: 'urn:groundwork:problem:token-expired',
  RefreshTokenReused: 'urn:groundwork:problem:refresh-token-reused',
  InvalidLink: 'urn:groundwork:problem:invalid-link',
} as const;

/** RFC 6750: a 401 names the scheme, and why when a token was sent. */
const challenge = (error?: string): Record<string, string> => ({
  'www-authenticate': error ? `Bearer realm="groundwork", error="${error}"` : 'Bearer realm="groundwork"',
});

/** One answer for an unknown email and a wrong password, so neither can be told apart. */
export const invalidCredentials = (): ProblemException =>
  new ProblemException(401, 'Email or password is incorrect', { type: AuthProblems.InvalidCredentials });

export const missingAccessToken = (): ProblemException =>
  new ProblemException(401, 'Sign in first: send an access token as a Bearer token', { headers: challenge() });

export const invalidAccessToken = (detail: string): ProblemException =>
  new ProblemException(401, detail, { type: AuthProblems.InvalidToken, headers: challenge('invalid_token') });

/** RFC 6750 names no separate error for expiry; the problem type tells clients to refresh. */
export const expiredAccessToken = (): ProblemException =>
  new ProblemException(401, 'The access token has expired; refresh it', {
    type: AuthProblems.TokenExpired,
    headers: challenge('invalid_token'),
  });

export const invalidRefreshToken = (): ProblemException =>
  new ProblemException(401, 'The refresh token is invalid, expired or its session has ended', {
    type: AuthProblems.InvalidToken,
  });

export const refreshTokenReused = (): ProblemException =>
  new ProblemException(401, 'This refresh token was already used; its session has been ended. Sign in again', {
    type: AuthProblems.RefreshTokenReused,
  });

export const invalidLink = (): ProblemException =>
  new ProblemException(400, 'The link is invalid, has expired or was already used', { type: AuthProblems.InvalidLink });

export const wrongCurrentPassword = (): ValidationProblemException =>
  new ValidationProblemException([{ field: 'currentPassword', message: 'currentPassword is incorrect' }]);
