import { keyHashOf, seal, sealSecret, unseal } from './sealed-response.js';

describe('sealed responses', () => {
  const response = { kind: 'body' as const, body: { refreshToken: 'secret-token' } };
  const server = sealSecret('a signing secret of the server');

  it('round-trips with the same scope and key, and hides the body', () => {
    const sealed = seal(response, server, 'anonymous', 'key-0123456789abcdef');
    expect(sealed.toString('utf8')).not.toContain('secret-token');
    expect(unseal(sealed, server, 'anonymous', 'key-0123456789abcdef')).toEqual(response);
  });

  it('cannot be opened with another key or scope', () => {
    const sealed = seal(response, server, 'user-1', 'key-0123456789abcdef');
    expect(() => unseal(sealed, server, 'user-2', 'key-0123456789abcdef')).toThrow();
    expect(() => unseal(sealed, server, 'user-1', 'key-0123456789abcdeX')).toThrow();
  });

  it('needs the server secret too, so a short key in a dump of the table cannot be guessed', () => {
    const sealed = seal(response, server, 'anonymous', 'k1');
    expect(() => unseal(sealed, sealSecret('another server'), 'anonymous', 'k1')).toThrow();
    expect(unseal(sealed, server, 'anonymous', 'k1')).toEqual(response);
  });

  it('scopes the stored id to the caller', () => {
    expect(keyHashOf('user-1', 'k')).not.toBe(keyHashOf('user-2', 'k'));
    expect(keyHashOf('user-1', 'k')).toMatch(/^[0-9a-f]{64}$/);
  });
});
