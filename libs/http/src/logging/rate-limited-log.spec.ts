import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { RateLimitedLog } from './rate-limited-log.js';

describe(RateLimitedLog.name, () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes one line per interval and counts the ones it left out', () => {
    let now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = new RateLimitedLog('Test', 10_000);

    for (let i = 0; i < 500; i += 1) {
      log.warn('Database unavailable');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    now += 10_000;
    log.warn('Database unavailable');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith({ repeats: 499 }, 'Database unavailable (499 more since the last report)');
    log.reset();
    log.warn('again');
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
