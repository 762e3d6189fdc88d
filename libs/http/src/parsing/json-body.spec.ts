import { DEFAULT_INPUT_LIMITS, jsonBodyProblem, jsonTextProblem, queryStringProblem } from './json-body.js';

const MAX_DEPTH = DEFAULT_INPUT_LIMITS.jsonDepth;

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) {
    value = i % 2 === 0 ? [value] : { child: value };
  }
  return value;
};

const limits = { ...DEFAULT_INPUT_LIMITS, jsonObjectKeys: 3, jsonArrayItems: 3, jsonValues: 6, jsonDepth: 4 };

describe(jsonBodyProblem.name, () => {
  it('accepts ordinary bodies', () => {
    expect(jsonBodyProblem({ email: 'a@example.com', tags: ['x', { y: 1 }], n: null })).toBeUndefined();
    expect(jsonBodyProblem(nested(MAX_DEPTH))).toBeUndefined();
  });

  it('refuses nesting past the bound without overflowing itself', () => {
    expect(jsonBodyProblem(nested(MAX_DEPTH + 1))).toMatch(/nested deeper/);
    expect(jsonBodyProblem(nested(100_000))).toMatch(/nested deeper/);
  });

  it('refuses NUL characters in values and keys', () => {
    expect(jsonBodyProblem({ name: 'nul\u0000byte' })).toMatch(/NUL/);
    expect(jsonBodyProblem({ list: [{ 'k\u0000': 1 }] })).toMatch(/NUL/);
  });

  it('bounds the keys of one object and the items of one list', () => {
    expect(jsonBodyProblem({ a: 1, b: 2, c: 3 }, limits)).toBeUndefined();
    expect(jsonBodyProblem({ a: 1, b: 2, c: 3, d: 4 }, limits)).toMatch(/more than 3 fields/);
    expect(jsonBodyProblem({ a: { b: [1, 2, 3, 4] } }, limits)).toMatch(/more than 3 items/);
  });
});

describe(jsonTextProblem.name, () => {
  it('counts entries in the raw text, repeated keys included, but not commas inside strings', () => {
    expect(jsonTextProblem('{"a":1,"b":[1,2],"c":"x,y,z,w,v,u,t"}', limits)).toBeUndefined();
    expect(jsonTextProblem('{"a":1,"a":1,"a":1,"a":1,"a":1,"a":1,"a":1}', limits)).toMatch(/more than 6 fields/);
    expect(jsonTextProblem('{"a":"\\"]]]]]]]]]]]]]]]]","b":[[[1]]]}', limits)).toBeUndefined();
    expect(jsonTextProblem('[[[[[1]]]]]', limits)).toMatch(/nested deeper than 4/);
  });

  it('reads a megabyte quickly', () => {
    const text = `{"k":"${'x'.repeat(1024 * 1024)}"}`;
    const started = performance.now();
    expect(jsonTextProblem(text)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe(queryStringProblem.name, () => {
  it('bounds the number of parameters and refuses NUL', () => {
    expect(queryStringProblem('/users', 3)).toBeUndefined();
    expect(queryStringProblem('/users?a=1&b=2&c=3', 3)).toBeUndefined();
    expect(queryStringProblem('/users?a=1&a=2&a=3&a=4', 3)?.message).toMatch(/more than 3 parameters/);
    expect(queryStringProblem('/users?q=%00', 3)?.message).toMatch(/NUL/);
  });
});
