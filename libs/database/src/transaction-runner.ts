import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The handle a repository method takes to join a transaction. */
export type Transaction = EntityManager;

type Effect = () => Promise<void> | void;

/**
 * Runs work in one transaction; services pass the handle down to repositories. Side effects
 * (mail, cache invalidation, events to the outside) are registered with afterCommit() while the
 * work decides, and run only once the transaction has committed: a rollback sends nothing.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('Transactions');
  private readonly effects = new WeakMap<Transaction, Effect[]>();

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let pending: Effect[] = [];
    const result = await this.dataSource.transaction(async (tx) => {
      pending = [];
      this.effects.set(tx, pending);
      try {
        return await work(tx);
      } finally {
        this.effects.delete(tx);
      }
    });
    await this.runEffects(pending);
    return result;
  }

  /** Joins `tx` when the caller has one, otherwise opens a transaction of its own. */
  join<T>(tx: Transaction | undefined, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.run(work);
  }

  /** Runs `effect` after `tx` commits (never if it rolls back), in registration order, before run() resolves. */
  afterCommit(tx: Transaction, effect: Effect): void {
    const pending = this.effects.get(tx);
    if (!pending) {
      throw new Error('afterCommit() needs a transaction opened by TransactionRunner.run()');
    }
    pending.push(effect);
  }

  /** The write is committed whatever happens here: a failing effect is logged, never turned into an error. */
  private async runEffects(effects: Effect[]): Promise<void> {
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        this.logger.error(`An after-commit effect failed: ${String(error)}`);
      }
    }
  }
}
