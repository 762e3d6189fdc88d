import { jsonBodyProblem, MAX_JSON_DEPTH } from './json-body.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) {
    value = i % 2 === 0 ? [value] : { child: value };
  }
  return value;
};

describe(jsonBodyProblem.name, () => {
  it('accepts ordinary bodies', () => {
    expect(jsonBodyProblem({ email: 'a@example.com', tags: ['x', { y: 1 }], n: null })).toBeUndefined();
    expect(jsonBodyProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
  });

  it('refuses nesting past the bound without overflowing itself', () => {
    expect(jsonBodyProblem(nested(MAX_JSON_DEPTH + 1))).toMatch(/nested deeper/);
    expect(jsonBodyProblem(nested(100_000))).toMatch(/nested deeper/);
  });

  it('refuses NUL characters in values and keys', () => {
    expect(jsonBodyProblem({ name: 'nul\u0000byte' })).toMatch(/NUL/);
    expect(jsonBodyProblem({ list: [{ 'k\u0000': 1 }] })).toMatch(/NUL/);
  });
});
