import { appLink, emailVerificationLink, passwordResetLink } from './mail-links.js';

describe('mail links', () => {
  it('puts the token in a token= query parameter under appUrl', () => {
    expect(emailVerificationLink('http://localhost:3000', 'abc')).toBe('http://localhost:3000/verify-email?token=abc');
    expect(passwordResetLink('http://localhost:3000/', 'abc')).toBe('http://localhost:3000/reset-password?token=abc');
  });

  it('keeps a base path and an existing query of appUrl', () => {
    expect(passwordResetLink('https://example.com/app/?ref=mail#top', 't')).toBe(
      'https://example.com/app/reset-password?ref=mail&token=t',
    );
  });

  it('encodes tokens so they round-trip exactly', () => {
    const token = 'a+b/c=d&e f?#%';
    const url = new URL(appLink('https://example.com', '/verify-email', token));
    expect(url.pathname).toBe('/verify-email');
    expect(url.searchParams.get('token')).toBe(token);
    expect([...url.searchParams.keys()]).toEqual(['token']);
  });
});
