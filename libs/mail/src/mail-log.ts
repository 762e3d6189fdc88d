/** The part of an address safe to log: the domain only. */
export function recipientDomain(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 && at < address.length - 1 ? address.slice(at + 1) : '(no domain)';
}

/** SMTP errors may echo the recipient back; keep the code and reply, drop local parts. */
export function describeMailError(error: unknown): string {
  // Duck-typed: socket errors may come from another realm (e.g. Jest's VM), failing instanceof.
  if (typeof error !== 'object' || error === null || typeof (error as Error).message !== 'string') {
    return 'unknown error';
  }
  const { code, responseCode, message: raw } = error as Error & { code?: unknown; responseCode?: unknown };
  const message = raw.replace(/[^\s<>"'@:;,]+@/g, '…@');
  return [code, responseCode, message].filter((part) => part !== undefined && part !== '').join(' ');
}
