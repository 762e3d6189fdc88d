import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from './outbound-address.js';

export interface OutboundOptions {
  allowPrivate: boolean;
  /** Whole exchange: connect, send, first byte and the (bounded) body. */
  timeoutMs: number;
  /** Response bytes read at most; the rest is discarded. */
  maxResponseBytes: number;
}

export interface OutboundResponse {
  statusCode: number;
  /** At most maxResponseBytes of the body, as text. */
  body: string;
}

/** Why an outbound request was not made or not answered; the message is safe to log and to show admins. */
export class OutboundRequestError extends Error {
  override readonly name = 'OutboundRequestError';
}

/**
 * POSTs to a webhook URL, checking the address the name resolves to (not only the name), and
 * connecting to exactly that address so a second resolution cannot swap it (DNS rebinding).
 * Redirects are not followed: a 3xx is an answer like any other non-2xx.
 */
export async function postOutbound(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: OutboundOptions,
): Promise<OutboundResponse> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OutboundRequestError(`unsupported scheme ${url.protocol}`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const address = await resolvePublic(host, options.allowPrivate, options.timeoutMs);
  // Node's own lookup is replaced by the one answer already checked.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    } else {
      callback(null, address.address, address.family);
    }
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<OutboundResponse>((resolve, reject) => {
    const request = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
      lookup: pinned,
      servername: isIP(host) ? undefined : host,
      timeout: options.timeoutMs,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    request.on('timeout', () => request.destroy(new OutboundRequestError(`timed out after ${options.timeoutMs} ms`)));
    request.on('error', (error: Error) => {
      reject(
        error instanceof OutboundRequestError
          ? error
          : new OutboundRequestError(
              error.name === 'AbortError' || error.name === 'TimeoutError'
                ? `timed out after ${options.timeoutMs} ms`
                : ((error as NodeJS.ErrnoException).code ?? error.message),
            ),
      );
    });
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (): void => {
        resolve({ statusCode: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      };
      response.on('data', (chunk: Buffer) => {
        const room = options.maxResponseBytes - size;
        if (room > 0) {
          chunks.push(chunk.subarray(0, room));
        }
        size += chunk.length;
        if (size >= options.maxResponseBytes) {
          // Enough for the log; a receiver streaming more does not hold the worker.
          response.destroy();
          request.destroy();
          done();
        }
      });
      response.on('end', done);
      response.on('error', () => done());
    });
    request.end(body);
  });
}

async function resolvePublic(
  host: string,
  allowPrivate: boolean,
  timeoutMs: number,
): Promise<{ address: string; family: number }> {
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await Promise.race([
        dnsLookup(host, { all: true, order: 'verbatim' }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref()),
      ]);
    } catch (error) {
      throw new OutboundRequestError(`could not resolve ${host}: ${error instanceof Error ? error.message : 'failed'}`);
    }
  }
  // Every answer must be public: a name that also resolves inward is refused outright.
  const inward = addresses.find(({ address }) => isNonPublicAddress(address));
  if (inward && !allowPrivate) {
    throw new OutboundRequestError(
      `refused: ${host} resolves to a private, loopback or link-local address (${inward.address})`,
    );
  }
  const first = addresses[0];
  if (!first) {
    throw new OutboundRequestError(`could not resolve ${host}`);
  }
  return first;
}
