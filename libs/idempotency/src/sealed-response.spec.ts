import { keyHashOf, seal, unseal } from './sealed-response.js';

describe('sealed responses', () => {
  const response = { kind: 'body' as const, body: { refreshToken: 'secret-token' } };

  it('round-trips with the same scope and key, and hides the body', () => {
    const sealed = seal(response, 'anonymous', 'key-0123456789abcdef');
    expect(sealed.toString('utf8')).not.toContain('secret-token');
    expect(unseal(sealed, 'anonymous', 'key-0123456789abcdef')).toEqual(response);
  });

  it('cannot be opened with another key or scope', () => {
    const sealed = seal(response, 'user-1', 'key-0123456789abcdef');
    expect(() => unseal(sealed, 'user-2', 'key-0123456789abcdef')).toThrow();
    expect(() => unseal(sealed, 'user-1', 'key-0123456789abcdeX')).toThrow();
  });

  it('scopes the stored id to the caller', () => {
    expect(keyHashOf('user-1', 'k')).not.toBe(keyHashOf('user-2', 'k'));
    expect(keyHashOf('user-1', 'k')).toMatch(/^[0-9a-f]{64}$/);
  });
});
