import { Injectable } from '@nestjs/common';
import type { Db, SendOptions } from 'pg-boss';
import type { Transaction } from '@groundwork/database';
import { traceCarrier } from '@groundwork/telemetry';
import type { JobDefinition } from './job-definition.js';
import { TRACE_KEY, validatePayload } from './job-payload.js';
import { JobsEngine } from './jobs-engine.js';

export interface EnqueueOptions {
  /**
   * The transaction to join: the job exists if and only if it commits (a transactional outbox).
   * Without one the job is stored at once.
   */
  tx?: Transaction;
  /** Run no earlier than this. */
  startAfter?: Date;
}

/** Runs pg-boss's statements on the caller's TypeORM transaction. */
function transactionDb(tx: Transaction): Db {
  const runner = tx.queryRunner;
  if (!runner) {
    throw new Error('enqueue({ tx }) needs a transaction handle from TransactionRunner.run()');
  }
  return {
    executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }),
  };
}

/** Enqueues typed jobs; every payload is validated against its job's class first. */
@Injectable()
export class JobQueue {
  constructor(private readonly engine: JobsEngine) {}

  /** Returns the job id, or null when a singleton or throttle key already holds a job. */
  async enqueue<P extends object>(
    job: JobDefinition<P>,
    payload: P,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const data = validatePayload(job, payload);
    // Outside the caller's transaction: creating a queue takes a lock the whole cluster shares.
    await this.engine.ensureJobQueue(job as unknown as JobDefinition<object>);
    const send: SendOptions = {};
    if (options.tx) {
      send.db = transactionDb(options.tx);
    }
    if (options.startAfter) {
      send.startAfter = options.startAfter;
    }
    if (job.singletonKey) {
      send.singletonKey = job.singletonKey(data);
      if (job.throttleSeconds !== undefined) {
        send.singletonSeconds = job.throttleSeconds;
      }
    }
    const boss = await this.engine.ready();
    // The enqueuing request's trace context travels with the job, so the job's spans join its trace.
    const carrier = traceCarrier();
    return boss.send(job.name, Object.keys(carrier).length > 0 ? { ...data, [TRACE_KEY]: carrier } : data, send);
  }
}
