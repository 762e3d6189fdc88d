import { createInterface } from 'node:readline/promises';

export interface ConfirmRequest {
  /** What is about to happen, in the imperative: "revert Users1763700000000". */
  action: string;
  /** One line per thing it destroys, printed before the question (and before a refusal). */
  effects: string[];
  /** The command's --yes flag. */
  yes: boolean;
  /** NODE_ENV=production: only an explicit --yes proceeds, even on a terminal. */
  production: boolean;
}

export interface ConfirmTerminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/** A refusal or a "no": the command stops with this message and a non-zero exit, having changed nothing. */
export class NotConfirmedError extends Error {
  override readonly name = 'NotConfirmedError';
}

/**
 * The one gate for destructive commands: says what will be destroyed, then proceeds only on --yes
 * or a "yes" typed at a terminal. Without a terminal (CI, a pipe) or in production, --yes is the
 * only way through, so nothing is destroyed by a script that did not ask for it.
 */
export async function confirmDestructive(
  request: ConfirmRequest,
  terminal: ConfirmTerminal = { input: process.stdin, output: process.stdout },
): Promise<void> {
  const { action, effects, yes, production } = request;
  terminal.output.write(`About to ${action}:\n${effects.map((effect) => `  - ${effect}\n`).join('')}`);
  if (yes) {
    return;
  }
  if (production) {
    throw new NotConfirmedError(`Refusing to ${action} in production without --yes; nothing was changed`);
  }
  if (terminal.input.isTTY !== true) {
    throw new NotConfirmedError(
      `Refusing to ${action} without a terminal to confirm on: pass --yes; nothing was changed`,
    );
  }
  const prompt = createInterface({ input: terminal.input, output: terminal.output, terminal: true });
  // Ctrl-D closes the prompt without an answer; the question alone would wait forever.
  const closed = new Promise<string>((resolve) => prompt.once('close', () => resolve('')));
  try {
    const answer = await Promise.race([prompt.question('Type "yes" to continue: '), closed]);
    if (answer.trim().toLowerCase() !== 'yes') {
      throw new NotConfirmedError('Not confirmed; nothing was changed');
    }
  } finally {
    prompt.close();
  }
}
