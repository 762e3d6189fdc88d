import { RouteMemo } from './route-memo.js';

describe('RouteMemo', () => {
  it('computes once per handler and controller, and apart for another controller', () => {
    const memo = new RouteMemo<string>();
    const handler = (): void => undefined;
    const First = {};
    const Second = {};
    let computed = 0;
    const compute = (value: string) => () => {
      computed++;
      return value;
    };
    expect(memo.get(handler, First, compute('first'))).toBe('first');
    expect(memo.get(handler, First, compute('again'))).toBe('first');
    expect(memo.get(handler, Second, compute('second'))).toBe('second');
    expect(computed).toBe(2);
  });

  it('keeps a computed undefined or false', () => {
    const memo = new RouteMemo<boolean | undefined>();
    const handler = (): void => undefined;
    const Controller = {};
    let computed = 0;
    memo.get(handler, Controller, () => (computed++, false));
    expect(memo.get(handler, Controller, () => (computed++, true))).toBe(false);
    expect(computed).toBe(1);
  });
});
