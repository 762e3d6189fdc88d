import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isNonPublicAddress } from './outbound-address.js';
import { OutboundRequestError, postOutbound } from './outbound-request.js';

describe(isNonPublicAddress.name, () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isNonPublicAddress(address)).toBe(false);
  });
});

describe(postOutbound.name, () => {
  let server: Server | undefined;
  const options = { allowPrivate: true, timeoutMs: 500, maxResponseBytes: 1_024 };
  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<URL> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  };
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  it('refuses a loopback address, literal or by name, unless private addresses are allowed', async () => {
    const strict = { ...options, allowPrivate: false };
    await expect(postOutbound(new URL('http://127.0.0.1:9/'), {}, '{}', strict)).rejects.toThrow(/refused/);
    await expect(postOutbound(new URL('http://[::1]:9/'), {}, '{}', strict)).rejects.toThrow(/refused/);
    await expect(postOutbound(new URL('http://[::ffff:127.0.0.1]:9/'), {}, '{}', strict)).rejects.toThrow(/refused/);
    // The name is resolved and the address checked, not the name.
    await expect(postOutbound(new URL('http://localhost:9/'), {}, '{}', strict)).rejects.toThrow(
      /refused: localhost resolves to/,
    );
    await expect(postOutbound(new URL('http://169.254.169.254/latest'), {}, '{}', strict)).rejects.toBeInstanceOf(
      OutboundRequestError,
    );
  });

  it('refuses other schemes', async () => {
    await expect(postOutbound(new URL('file:///etc/passwd'), {}, '{}', options)).rejects.toThrow(/unsupported scheme/);
  });

  it('posts the body and headers, and reads at most maxResponseBytes of the answer', async () => {
    let seen = '';
    const url = await listen((request, response) => {
      request.on('data', (chunk: Buffer) => (seen += chunk.toString()));
      request.on('end', () => {
        response.writeHead(200);
        // Far more than the bound: the reader stops early.
        response.end('x'.repeat(1_000_000));
      });
    });
    const answer = await postOutbound(url, { 'webhook-id': 'abc' }, '{"a":1}', options);
    expect(seen).toBe('{"a":1}');
    expect(answer.statusCode).toBe(200);
    expect(answer.body.length).toBeLessThanOrEqual(1_024);
  });

  it('gives up after the timeout when the receiver never answers', async () => {
    const url = await listen(() => undefined);
    const started = Date.now();
    await expect(postOutbound(url, {}, '{}', options)).rejects.toThrow(/timed out after 500 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not follow redirects', async () => {
    const url = await listen((_request, response) => {
      response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    });
    expect((await postOutbound(url, {}, '{}', options)).statusCode).toBe(302);
  });
});
