import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { ConfigError } from '@groundwork/config';
import { CliModule } from './cli.module.js';
import { CliLogger } from './cli-logger.js';

async function main(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: new CliLogger(),
    errorHandler: (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
