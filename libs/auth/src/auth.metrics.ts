import { Injectable, SetMetadata } from '@nestjs/common';
import { defineCounter, Metrics } from '@groundwork/telemetry';
import { SESSION_REVOKE_REASONS, type SessionRevokeReason } from './entities/session.entity.js';

/** What auth counts, for the security panel and its alerts; every label value is declared here. */
export const AUTH_METRICS = {
  signIns: defineCounter({
    name: 'groundwork_auth_sign_ins_total',
    help: 'Sign-in attempts by outcome: ok, failed (wrong email or password), throttled (429)',
    labelNames: ['outcome'],
    labelValues: { outcome: ['ok', 'failed', 'throttled'] },
  }),
  refreshRotations: defineCounter({
    name: 'groundwork_auth_refresh_rotations_total',
    help: 'Refresh tokens exchanged for a new pair',
  }),
  reuseDetections: defineCounter({
    name: 'groundwork_auth_refresh_reuse_detections_total',
    help: 'Used refresh tokens presented again (a copied token): the session is ended',
  }),
  sessionsRevoked: defineCounter({
    name: 'groundwork_auth_sessions_revoked_total',
    help: 'Sessions ended before they expired, by reason',
    labelNames: ['reason'],
    labelValues: { reason: SESSION_REVOKE_REASONS },
  }),
} as const;

const SIGN_IN_ROUTE = 'groundwork:sign-in-route';

/** Marks the route whose 429s count as throttled sign-ins. */
export const SignInRoute = (): MethodDecorator => SetMetadata(SIGN_IN_ROUTE, true);

export const isSignInRoute = (handler: object): boolean => Reflect.getMetadata(SIGN_IN_ROUTE, handler) === true;
/** The auth counters, created once from the declarations above. */
@Injectable()
export class AuthMetrics {
  readonly signIns;
  readonly refreshRotations;
  readonly reuseDetections;
  private readonly sessionsRevoked;

  constructor(metrics: Metrics) {
    this.signIns = metrics.counter(AUTH_METRICS.signIns);
    this.refreshRotations = metrics.counter(AUTH_METRICS.refreshRotations);
    this.reuseDetections = metrics.counter(AUTH_METRICS.reuseDetections);
    this.sessionsRevoked = metrics.counter(AUTH_METRICS.sessionsRevoked);
  }

  revoked(reason: SessionRevokeReason, count: number): void {
    if (count > 0) {
      this.sessionsRevoked.inc({ reason }, count);
    }
  }
}
