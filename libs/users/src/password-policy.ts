import { dictionary } from '@zxcvbn-ts/language-common';
import { normaliseEmail } from '@groundwork/http';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// zxcvbn-ts's list of ~49,000 most common passwords; those shorter than the minimum fail anyway.
const COMMON = new Set(dictionary['passwords-common'].filter((p) => p.length >= PASSWORD_MIN_LENGTH));

/** Returns why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`;
  }
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) {
    return 'password is among the most common passwords; choose another';
  }
  if (email !== undefined && lowered === normaliseEmail(email)) {
    return 'password must not be the email address';
  }
  return undefined;
}
