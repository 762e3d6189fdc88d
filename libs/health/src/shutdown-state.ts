import { Injectable } from '@nestjs/common';

/**
 * Where the process is in its shutdown. Draining: readiness answers 503 so load balancers stop
 * sending traffic, but requests are still served (each response closes its connection). Closing:
 * the listener is closing and in-flight requests finish.
 */
@Injectable()
export class ShutdownState {
  private phase: 'serving' | 'draining' | 'closing' = 'serving';

  get isShuttingDown(): boolean {
    return this.phase !== 'serving';
  }

  get isClosing(): boolean {
    return this.phase === 'closing';
  }

  begin(): void {
    if (this.phase === 'serving') {
      this.phase = 'draining';
    }
  }

  close(): void {
    this.phase = 'closing';
  }
}
