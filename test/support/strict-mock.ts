import { jest } from '@jest/globals';

type Method = (...args: any[]) => any;

/** Every method of T as a jest mock. */
export type StrictMock<T> = T & { [K in keyof T]: T[K] extends Method ? jest.Mock<T[K]> : T[K] };

/**
 * A mock of any class or interface whose methods fail loudly when called without an implementation
 * (`mockResolvedValue`, `mockImplementation`, ...), so a spec never passes on an undefined answer.
 * Pass the name to read in failure messages.
 */
export function strictMock<T extends object>(name = 'mock'): StrictMock<T> {
  const methods = new Map<PropertyKey, jest.Mock>();
  return new Proxy({} as StrictMock<T>, {
    get(_target, property) {
      // Promises look for "then"; a mock is not one.
      if (property === 'then' || typeof property === 'symbol') {
        return undefined;
      }
      let method = methods.get(property);
      if (!method) {
        method = jest.fn(() => {
          throw new Error(`${name}.${property}() was called without an implementation`);
        });
        methods.set(property, method);
      }
      return method;
    },
  });
}
