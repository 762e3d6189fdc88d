import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';

/**
 * Work done after answering, so a response's timing doesn't reveal what happened (e.g. whether a
 * reset mail was sent). Shutdown waits for it, before the database pool closes.
 */
@Injectable()
export class BackgroundWork implements OnModuleDestroy {
  private readonly logger = new Logger('BackgroundWork');
  private readonly pending = new Set<Promise<void>>();

  run(label: string, work: () => Promise<void>): void {
    const task: Promise<void> = work()
      .catch((error: unknown) => this.logger.error(`${label} failed: ${String(error)}`))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled(this.pending);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.whenIdle();
  }
}
