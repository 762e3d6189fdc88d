import { plainToInstance } from 'class-transformer';
import { EMAIL_MAX_LENGTH, NormaliseEmail, normaliseEmail, Trim } from './normalisers.js';

class Sample {
  @Trim()
  name?: unknown;
  @NormaliseEmail()
  email?: unknown;
}

describe('normalisers', () => {
  it('puts an email in its one normal form', () => {
    expect(normaliseEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(normaliseEmail('Jose\u0301@example.com')).toBe('jos\u00e9@example.com');
    expect(normaliseEmail('JOS\u00c9@example.com')).toBe('jos\u00e9@example.com');
  });

  it('leaves a body-sized string unnormalised, and still too long to be an address', () => {
    const long = `${'A.'.repeat(300_000)}@EXAMPLE.com`;
    const normalised = normaliseEmail(`  ${long}  `);
    expect(normalised).toBe(long);
    expect(normalised.length).toBeGreaterThan(EMAIL_MAX_LENGTH);
  });

  it('trims and normalises string properties and leaves other values alone', () => {
    expect(plainToInstance(Sample, { name: '  Ada  ', email: ' ADA@example.com' })).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
    });
    expect(plainToInstance(Sample, { name: 42, email: null })).toEqual({ name: 42, email: null });
  });
});
