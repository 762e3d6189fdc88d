/** Limits high enough that only the throttling specs meet a 429 (every suite calls from 127.0.0.1). */
export const UNTHROTTLED = { THROTTLE_LIMIT: '1000000', THROTTLE_AUTH_LIMIT: '100000' } as const;
