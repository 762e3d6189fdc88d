import { validate } from 'class-validator';
import { codePointLength, MaxCodePoints } from './max-code-points.decorator.js';

class Named {
  @MaxCodePoints(4)
  name!: string;
}

describe(MaxCodePoints.name, () => {
  it('counts code points as PostgreSQL does', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('a\uFE0F')).toBe(2);
    expect(codePointLength('😀😀')).toBe(2);
    expect(codePointLength('\uD800x')).toBe(2);
  });

  it('refuses what would overflow the column, variation selectors included', async () => {
    const ok = Object.assign(new Named(), { name: '😀😀😀😀' });
    const tooLong = Object.assign(new Named(), { name: 'a\uFE0Fa\uFE0Fa' });
    expect(await validate(ok)).toEqual([]);
    const errors = await validate(tooLong);
    expect(errors[0]?.constraints).toEqual({ maxCodePoints: 'name must be shorter than or equal to 4 characters' });
  });
});
