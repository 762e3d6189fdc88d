import { describeMailError, recipientDomain } from './mail-log.js';

describe('mail log helpers', () => {
  it('keeps only the domain of a recipient', () => {
    expect(recipientDomain('alice@example.com')).toBe('example.com');
    expect(recipientDomain('"a@b"@example.com')).toBe('example.com');
    expect(recipientDomain('nobody')).toBe('(no domain)');
  });

  it('keeps the SMTP code and reply but not the local part of echoed addresses', () => {
    const error = Object.assign(new Error('550 5.1.1 <alice.smith@example.com>: unknown user'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    const described = describeMailError(error);
    expect(described).toBe('EENVELOPE 550 550 5.1.1 <…@example.com>: unknown user');
    expect(described).not.toContain('alice');
    expect(describeMailError('boom')).toBe('unknown error');
  });
});
