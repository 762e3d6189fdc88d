import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_JSON, ProblemException, problemBody } from '@groundwork/http';
import { HealthService } from './health.service.js';
import type { LivenessDto } from './health.dto.js';

export const LIVE_PATH = '/health/live';
export const READY_PATH = '/health/ready';
export const LIVENESS: LivenessDto = Object.freeze({ status: 'ok' });

/**
 * Answers GET /health/live and /health/ready from a Fastify hook, before Nest's guards,
 * interceptors and pipes: probes arrive every few seconds from every orchestrator node, are public
 * and never throttled, so that pipeline only cost them time (live ran at a third of bare Fastify).
 * The hooks registered before this one still run (security headers, request id, request context,
 * metrics, tracing) and so does the request log line; an error is the same problem+json. The
 * controller keeps the routes (and their OpenAPI description) and still serves HEAD.
 */
@Injectable()
export class LeanProbes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly health: HealthService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET') {
        done();
      } else if (request.routeOptions.url === LIVE_PATH) {
        void reply.send(LIVENESS);
      } else if (request.routeOptions.url === READY_PATH) {
        this.health.readiness().then(
          (body) => reply.send(body),
          (error: unknown) => sendProblem(request, reply, error),
        );
      } else {
        done();
      }
    });
  }
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): void {
  // readiness() only throws problems; anything else still means "not ready", never a 500.
  const problem = error instanceof ProblemException ? error : new ProblemException(503, 'Not ready');
  void reply
    .code(problem.getStatus())
    .headers(problem.headers)
    .header('content-type', PROBLEM_JSON)
    .send(problemBody(request, problem.getStatus(), problem.message, problem.problemType));
}
