import { jest } from '@jest/globals';
import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RouteMetadataCache } from './route-metadata-cache.js';

const KEY = 'limit';

@SetMetadata(KEY, 'class')
class Limited {
  @SetMetadata(KEY, 'handler')
  own(): void {}

  inherited(): void {}
}

class Unlimited {
  plain(): void {}
}

describe('RouteMetadataCache', () => {
  it('answers as Reflector does: the handler over the class, the class alone, or nothing', () => {
    const reflector = new Reflector();
    const cache = new RouteMetadataCache();
    const cases: [(...args: never[]) => unknown, new () => unknown][] = [
      [Limited.prototype.own, Limited],
      [Limited.prototype.inherited, Limited],
      [Unlimited.prototype.plain, Unlimited],
      // The same handler under another class: answered for that pair, not the first one cached.
      [Limited.prototype.inherited, Unlimited],
    ];
    for (const [handler, controller] of cases) {
      for (let i = 0; i < 2; i++) {
        expect(cache.getAllAndOverride(KEY, [handler, controller])).toEqual(
          reflector.getAllAndOverride(KEY, [handler, controller]),
        );
      }
    }
    expect(cache.getAllAndOverride(KEY, [Limited.prototype.own, Limited])).toBe('handler');
    expect(cache.getAllAndOverride(KEY, [Limited.prototype.inherited, Limited])).toBe('class');
    expect(cache.getAllAndOverride(KEY, [Limited.prototype.inherited, Unlimited])).toBeUndefined();
  });

  it('reads the metadata once per route and key', () => {
    const cache = new RouteMetadataCache();
    const read = jest.spyOn(Reflector.prototype, 'getAllAndOverride');
    try {
      for (let i = 0; i < 5; i++) {
        cache.getAllAndOverride(KEY, [Limited.prototype.own, Limited]);
        cache.getAllAndOverride('other', [Limited.prototype.own, Limited]);
      }
      expect(read).toHaveBeenCalledTimes(2);
    } finally {
      read.mockRestore();
    }
  });
});
