import { Injectable } from '@nestjs/common';

/** Set when shutdown begins, so readiness answers 503 while in-flight requests finish. */
@Injectable()
export class ShutdownState {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  begin(): void {
    this.shuttingDown = true;
  }
}
