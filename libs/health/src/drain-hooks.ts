import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_JSON, problemBody } from '@groundwork/http';
import { ShutdownState } from './shutdown-state.js';

/** Seconds a client refused during shutdown should wait: another instance is serving by then. */
const RETRY_AFTER_SECONDS = '1';

/**
 * Makes the drain visible on the wire: once shutdown begins every response carries
 * `Connection: close` (clients reconnect, through the load balancer, to a live instance), and once
 * the listener closes, a request still arriving on an open connection gets a 503 problem.
 */
@Injectable()
export class DrainHooks implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly shutdown: ShutdownState,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!this.shutdown.isClosing) {
        done();
        return;
      }
      void reply
        .status(503)
        .headers({ 'content-type': PROBLEM_JSON, 'retry-after': RETRY_AFTER_SECONDS, connection: 'close' })
        .send(problemBody(request, 503, 'The server is shutting down; retry on another instance'));
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.shutdown.isShuttingDown) {
        void reply.header('connection', 'close');
      }
      done(null, payload);
    });
  }
}
