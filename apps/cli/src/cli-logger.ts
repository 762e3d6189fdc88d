import { ConsoleLogger } from '@nestjs/common';

const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'NestFactory',
  'NestApplication',
  'RoutesResolver',
  'RouterExplorer',
]);

/** Operators want the command's own output, not Nest's bootstrap chatter. */
export class CliLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK_CONTEXTS.has(context)) {
      return;
    }
    super.log(message, context);
  }
}
