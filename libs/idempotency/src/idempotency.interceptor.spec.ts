import { isValidIdempotencyKey } from './idempotency.interceptor.js';

describe('Idempotency-Key values', () => {
  it('takes 1 to 255 printable ASCII characters (the draft sets no minimum)', () => {
    for (const key of ['k', 'key-1', '"8e03978e-40d5-43e8-bc93-6894a57f9324"', 'with space', 'x'.repeat(255)]) {
      expect(isValidIdempotencyKey(key)).toBe(true);
    }
  });

  it('refuses an empty, over-long, repeated or non-ASCII value, and control characters', () => {
    for (const key of ['', 'x'.repeat(256), 'tab\there', 'nul\0', 'é', ['a', 'b'], undefined]) {
      expect(isValidIdempotencyKey(key)).toBe(false);
    }
  });
});
