import { SetMetadata } from '@nestjs/common';

export const STRICT_THROTTLE_KEY = 'groundwork:strict-throttle';

/**
 * Puts a route under the strict limit (THROTTLE_AUTH_*), counted per client IP and, when the body
 * names an email, per account: guessing one account's password from many IPs is limited too.
 */
export const StrictThrottle = (): MethodDecorator & ClassDecorator => SetMetadata(STRICT_THROTTLE_KEY, true);
