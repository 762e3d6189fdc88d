import helmet, { type HelmetOptions } from 'helmet';

export type HeaderSet = Record<string, string>;

/**
 * Runs helmet once against a recording response and returns the headers it would set.
 * helmet's Fastify plugin rebuilds them (CSP parsing included) on every request; they never change.
 */
export function computeHelmetHeaders(options: HelmetOptions): HeaderSet {
  const headers: HeaderSet = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      headers[name.toLowerCase()] = '';
    },
  };
  const finished = { done: false };
  helmet(options)({} as never, response as never, (error?: unknown) => {
    if (error) {
      throw error instanceof Error ? error : new Error('helmet failed');
    }
    finished.done = true;
  });
  if (!finished.done) {
    throw new Error('helmet did not finish synchronously');
  }
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
}

/**
 * The API returns JSON only: nothing may load, frame or run; and nothing is cached, since answers
 * carry tokens and personal data (RFC 6749 section 5.1 requires it for token responses).
 */
export const apiHeaders = (): HeaderSet => ({
  ...computeHelmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
  }),
  'cache-control': 'no-store',
});

/** Swagger UI needs its own scripts, inline styles and data: images. */
export const docsHeaders = (): HeaderSet =>
  computeHelmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
  });
