import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option } from 'nest-commander';
import { type AppConfig, InjectConfig } from '@groundwork/config';
import { BackupService, RestoreService, readBackup, type BackupManifest } from '@groundwork/database';
import { NotConfirmedError, confirmDestructive } from '../confirm.js';

const logger = new Logger('Backup');
const restoreLogger = new Logger('Restore');

function progressBar(format: string): SingleBar {
  // Drawn on stderr when it is a terminal; silent in pipes and CI.
  return new SingleBar({ format, noTTYOutput: false, hideCursor: true }, Presets.shades_classic);
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') {
    throw new Error(`${flag} <file> is required`);
  }
  return resolve(value);
}

/** The decompressed content of a backup file; `onBytes` reports compressed bytes read. */
function openBackupFile(path: string, onBytes: (read: number) => void): AsyncIterable<Buffer> {
  const input = createReadStream(path);
  let read = 0;
  input.on('data', (chunk) => onBytes((read += chunk.length)));
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  input.once('error', (error) => gunzip.destroy(error));
  return input.pipe(gunzip);
}

function describe(manifest: BackupManifest): string {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  return `${rows} rows in ${manifest.tables.length} tables at migration ${manifest.head ?? '(none)'}`;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

interface BackupOptions {
  out?: string;
}

@Command({
  name: 'backup',
  description: 'Write a consistent, compressed backup of every table (safe while the API runs)',
})
export class BackupCommand extends CommandRunner {
  constructor(private readonly backups: BackupService) {
    super();
  }

  async run(_args: string[], options: BackupOptions): Promise<void> {
    const target = required(options.out, '--out');
    // Written beside the target and renamed when complete: a failed backup never looks like one.
    const partial = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
    const bar = progressBar('Backing up [{bar}] {value}/{total} rows');
    const started = performance.now();
    let manifest: BackupManifest;
    try {
      // It holds password hashes and token digests: readable by its owner only.
      const output = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
      manifest = await this.backups.backup(output, {
        start: (total) => bar.start(total, 0),
        advance: (rows) => bar.increment(rows),
      });
      bar.stop();
      await rename(partial, target);
    } catch (error) {
      bar.stop();
      await rm(partial, { force: true });
      throw error;
    }
    const { size } = await stat(target);
    logger.log(`Backed up ${describe(manifest)} to ${target} (${size} bytes, ${seconds(started)})`);
  }

  @Option({ flags: '--out <file>', description: 'Where to write the backup (gzip-compressed text)' })
  parseOut(value: string): string {
    return value;
  }
}

interface RestoreCommandOptions {
  in?: string;
  yes?: boolean;
}

@Command({
  name: 'restore',
  description: 'Load a backup in one transaction: migrate to its head, load, verify, reset sequences',
})
export class RestoreCommand extends CommandRunner {
  constructor(
    private readonly restores: RestoreService,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    super();
  }

  async run(_args: string[], options: RestoreCommandOptions): Promise<void> {
    const file = required(options.in, '--in');
    const { size } = await stat(file);
    // Two passes over the file: check it whole, then load it.
    const bar = progressBar('{phase} [{bar}] {percentage}%');
    let pass = 0;
    const open = (): AsyncIterable<Buffer> => {
      const phase = ++pass === 1 ? 'Checking ' : 'Restoring';
      bar.start(size, 0, { phase });
      return openBackupFile(file, (read) => bar.update(read, { phase }));
    };
    const started = performance.now();
    try {
      const result = await this.restores.restore(open, {
        confirmReplace: (occupied) => {
          bar.stop();
          return confirmDestructive({
            action: `replace everything in the database with ${file}`,
            effects: occupied.map(
              ({ table, rows }) => `deletes the ${rows} ${rows === 1 ? 'row' : 'rows'} of ${table}`,
            ),
            yes: options.yes === true,
            production: this.config.env === 'production',
          });
        },
      });
      bar.stop();
      restoreLogger.log(
        `Restored ${describe(result.manifest)} from ${file} (${seconds(started)}; ${result.sequences} sequences reset)`,
      );
      if (result.pending.length > 0) {
        restoreLogger.warn(
          `This build has ${result.pending.length} newer migrations (${result.pending.join(', ')}): run \`npm run cli -- migrate\` to apply them`,
        );
      }
    } catch (error) {
      bar.stop();
      if (error instanceof NotConfirmedError) {
        throw error;
      }
      // Every failure is rolled back (or happens before the database is touched).
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nNothing was changed.`, {
        cause: error,
      });
    }
  }

  @Option({ flags: '--in <file>', description: 'The backup file to load' })
  parseIn(value: string): string {
    return value;
  }

  @Option({
    flags: '-y, --yes',
    description: 'Replace a database that holds data without asking (required without a terminal and in production)',
  })
  parseYes(): boolean {
    return true;
  }
}

/** Reads a whole backup and checks it, without any database: for a backup job's last step. */
@Command({
  name: 'backup:verify',
  description: 'Check a backup file (format, row counts, checksums) and print its manifest; needs no database',
})
export class BackupVerifyCommand extends CommandRunner {
  async run(_args: string[], options: { in?: string }): Promise<void> {
    const file = required(options.in, '--in');
    let manifest: BackupManifest | undefined;
    for await (const event of readBackup(openBackupFile(file, () => undefined))) {
      if (event.kind === 'end') {
        manifest = event.manifest;
      }
    }
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    if (manifest !== undefined) {
      logger.log(`${file} is complete: ${describe(manifest)}`);
    }
  }

  @Option({ flags: '--in <file>', description: 'The backup file to check' })
  parseIn(value: string): string {
    return value;
  }
}
