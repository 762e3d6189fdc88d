import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { ConfigError } from '@groundwork/config';
import { CliModule, OpenApiCliModule } from './cli.module.js';
import { CliLogger } from './cli-logger.js';

/** Commands that must not touch a database get a module without one. */
const DATABASE_FREE = new Set(['openapi', 'backup:verify']);

async function main(): Promise<void> {
  const command = process.argv[2];
  await CommandFactory.run(command !== undefined && DATABASE_FREE.has(command) ? OpenApiCliModule : CliModule, {
    logger: new CliLogger(),
    // Argument errors; help and version exit 0 through the same path.
    errorHandler: (error: Error & { exitCode?: number }) => {
      if (error.exitCode !== 0) {
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
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
