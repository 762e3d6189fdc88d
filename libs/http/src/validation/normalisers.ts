import { Transform } from 'class-transformer';

/**
 * The one normal form of an email address: stored, looked up, compared with a password and counted
 * by the per-account rate limit in this form, so all of them agree on what "the same email" means.
 */
export function normaliseEmail(email: string): string {
  const trimmed = email.trim();
  // Far past any address (NFC composes at most a few code units into one): left as it is, still too
  // long to pass, so a body-sized string is not case-folded and normalised by each of its readers.
  if (trimmed.length > EMAIL_MAX_LENGTH * 4) {
    return trimmed;
  }
  // NFC: a composed "é" and "e" + combining accent are one address, so one account.
  return trimmed.toLowerCase().normalize('NFC');
}

/** The longest address SMTP carries (RFC 5321 path limit less the brackets); the column's width. */
export const EMAIL_MAX_LENGTH = 254;

/** Trims surrounding whitespace from a string property before validation; other values pass as they are. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Brings a string property to normaliseEmail()'s form before validation; other values pass as they are. */
export const NormaliseEmail = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value));
