import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { ConfigError } from '@groundwork/config';
import { cliModule, commandNames, helpModule, OpenApiCliModule } from './cli.module.js';
import { CliLogger } from './cli-logger.js';
import { describeBootError } from './boot-error.js';

/** Commands that must not touch a database get a module without one. */
const DATABASE_FREE = new Set(['openapi', 'backup:verify']);

const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL?.trim().toLowerCase() ?? '');

/** Help, or no command that exists: commander answers it from the commands' metadata alone. */
function answeredByHelp(args: string[]): boolean {
  const [command] = args;
  return (
    command === undefined ||
    command === 'help' ||
    command.startsWith('-') ||
    !commandNames().has(command) ||
    args.some((arg) => arg === '--help' || arg === '-h')
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const command = args[0] ?? '';
  const module = answeredByHelp(args) ? helpModule() : DATABASE_FREE.has(command) ? OpenApiCliModule : cliModule();
  const app = await CommandFactory.createWithoutRunning(module, {
    logger: new CliLogger({
      debug,
      // `openapi` without --out writes the document to stdout: nothing else may go there.
      stream: command === 'openapi' ? 'stderr' : 'stdout',
      levels: command === 'openapi' && !debug ? ['log', 'error', 'fatal'] : undefined,
    }),
    // A boot failure (the database) reaches main's catch, reported there in one line.
    abortOnError: false,
    // Commander has printed its own message (unknown command, missing option); help and version exit 0.
    errorHandler: (error: Error & { exitCode?: number; code?: string }) => {
      if (error.exitCode !== 0 && !error.code?.startsWith('commander.')) {
        process.stderr.write(`${error.message}\n`);
      }
      process.exit(error.exitCode ?? 1);
    },
    // A command that throws must fail the process, so scripts and CI notice; exitCode (not exit)
    // lets the app close and stop the embedded database first.
    serviceErrorHandler: (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  }).catch((error: unknown) => {
    throw error instanceof ConfigError ? error : new BootError(error);
  });
  try {
    await CommandFactory.runApplication(app);
  } finally {
    await app.close();
  }
}

/** Whatever stopped the CLI before its command ran: the database, nearly always. */
class BootError extends Error {
  constructor(readonly error: unknown) {
    super(describeBootError(error, process.env));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof BootError) {
    process.stderr.write(`${error.message}\n`);
    if (debug && error.error instanceof Error) {
      process.stderr.write(`${error.error.stack}\n`);
    }
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
