import { ConsoleLogger, type LogLevel } from '@nestjs/common';

const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'NestFactory',
  'NestApplication',
  'NestApplicationContext',
  'RoutesResolver',
  'RouterExplorer',
]);

/**
 * Errors main.ts reports itself, in one line: TypeORM's connection retries and Nest's account of
 * a failed boot print stacks, which an operator sees only at LOG_LEVEL=debug.
 */
const BOOT_ERROR_CONTEXTS = new Set(['TypeOrmModule', 'ExceptionHandler']);

export interface CliLoggerOptions {
  /** LOG_LEVEL=debug or trace: the stacks of boot errors too. */
  debug: boolean;
  /** openapi prints the document on stdout, so everything else goes to stderr. */
  stream: 'stdout' | 'stderr';
  /** Only these levels (openapi: errors only; the preview build's warnings are noise there). */
  levels?: LogLevel[];
}

/** Operators want the command's own output, not Nest's bootstrap chatter. */
export class CliLogger extends ConsoleLogger {
  constructor(private readonly cli: CliLoggerOptions) {
    super();
    this.setLogLevels(cli.levels ?? ['log', 'error', 'warn', 'fatal', ...(cli.debug ? (['debug'] as const) : [])]);
  }

  override log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK_CONTEXTS.has(context)) {
      return;
    }
    super.log(message, context);
  }

  override warn(message: unknown, context?: string): void {
    // The preview build's banner and duplicate-registration notes say nothing about the command.
    if (context !== undefined && FRAMEWORK_CONTEXTS.has(context)) {
      return;
    }
    super.warn(message, context);
  }

  override error(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    if (typeof context === 'string' && BOOT_ERROR_CONTEXTS.has(context)) {
      if (this.cli.debug) {
        super.error(message, ...rest);
      }
      return;
    }
    super.error(message, ...rest);
  }

  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    super.printMessages(
      messages,
      context,
      logLevel,
      this.cli.stream === 'stderr' ? 'stderr' : writeStreamType,
      errorStack,
      params,
    );
  }
}
