import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ShutdownState } from './shutdown-state.js';

/**
 * Makes the drain visible on the wire: once shutdown begins every response carries
 * `Connection: close`, so clients (and a load balancer's pooled connections) reconnect to a live
 * instance. A request that still arrives on an open connection while the listener closes is served
 * normally: the app stays whole until the listener has closed (see apps/api serve.ts).
 */
@Injectable()
export class DrainHooks implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly shutdown: ShutdownState,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.shutdown.isShuttingDown) {
        void reply.header('connection', 'close');
      }
      done(null, payload);
    });
  }
}
