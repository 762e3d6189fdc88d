import { Transform } from 'class-transformer';

/**
 * The one normal form of an email address: stored, looked up, compared with a password and counted
 * by the per-account rate limit in this form, so all of them agree on what "the same email" means.
 */
export function normaliseEmail(email: string): string {
  // NFC: a composed "é" and "e" + combining accent are one address, so one account.
  return email.trim().toLowerCase().normalize('NFC');
}

/** Trims surrounding whitespace from a string property before validation; other values pass as they are. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Brings a string property to normaliseEmail()'s form before validation; other values pass as they are. */
export const NormaliseEmail = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value));
