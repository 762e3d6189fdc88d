import { ValidationProblemException } from '../errors/problem.exception.js';

/**
 * Keyset pagination's position: the sort it was made for and the last item's sort key (the sort
 * field's value, then the id that breaks ties), as base64url JSON. Opaque to clients; nothing in it
 * is secret, and every value is checked before it reaches a query, so a forged cursor can only move
 * the start of a page.
 */
export function encodeCursor(sort: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');
}

/** A 400 problem naming the cursor parameter. */
export function cursorProblem(message: string): ValidationProblemException {
  return new ValidationProblemException([{ field: 'cursor', message }]);
}

/**
 * The sort key in `cursor`, if it was made for `sort` and `isKey` accepts its values; otherwise a
 * 400 problem (a cursor from another sort would silently skip or repeat items).
 */
export function decodeCursor(cursor: string, sort: string, isKey: (key: string[]) => boolean): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorProblem('cursor is not a cursor this API issued');
  }
  if (!Array.isArray(parsed) || parsed.length < 2 || !parsed.every((value) => typeof value === 'string')) {
    throw cursorProblem('cursor is not a cursor this API issued');
  }
  const [madeFor, ...key] = parsed;
  if (madeFor !== sort) {
    throw cursorProblem(`cursor was made for sort ${madeFor}, not ${sort}: start again without a cursor`);
  }
  if (!isKey(key)) {
    throw cursorProblem('cursor is not a cursor this API issued');
  }
  return key;
}
