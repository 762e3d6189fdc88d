/** The cause in one line: a driver's message, or for Node's AggregateError (every address refused) its first. */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const inner = (error as Error & { errors?: unknown[] }).errors?.[0];
  const code = (error as Error & { code?: unknown }).code;
  const message =
    error.message.trim() ||
    (inner instanceof Error ? inner.message : '') ||
    (typeof code === 'string' ? code : error.name);
  return message.replace(/\s+/g, ' ');
}

/** The URL without its password: the line lands in terminals and CI logs. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/**
 * What stopped the CLI before its command ran, as one line naming where the database came from
 * (the only thing a command starts at boot) and the cause. The stack is for LOG_LEVEL=debug.
 */
export function describeBootError(error: unknown, env: Record<string, string | undefined>): string {
  const url = env.DATABASE_URL?.trim();
  const where =
    url !== undefined && url !== ''
      ? `Cannot connect to the database at DATABASE_URL=${redacted(url)}`
      : `Cannot start the embedded database (DATABASE_URL is unset; EMBEDDED_DATABASE_DIR=${env.EMBEDDED_DATABASE_DIR?.trim() || './data/postgres'})`;
  return `${where}: ${causeOf(error)}`;
}
