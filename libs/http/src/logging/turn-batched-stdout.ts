import pino, { type DestinationStream } from 'pino';

/** Lines of one turn beyond this go out at once rather than at the turn's end. */
const BATCH_BYTES = 8 * 1024;

export interface TurnBatchedStream extends DestinationStream {
  /** Writes what the current turn has produced so far, now (the process's exit does this too). */
  flushNow(): void;
}

let shared: TurnBatchedStream | undefined;

/**
 * Standard output, written once per event-loop turn instead of once per line. A log line per
 * request was a write(2) per request: 10 % of a health probe's CPU in bench:profile, and on a pipe
 * (a container's stdout) every write also wakes the reader. The lines a turn produces go out together
 * when it ends (setImmediate), so no line waits for traffic; what is pending at exit is written then.
 * Lost, as with any buffer: one turn's lines when the process dies without exiting (SIGKILL, abort).
 * The write itself is pino's synchronous destination (EAGAIN retried, a closed pipe silenced).
 * One per process: every app in it shares fd 1.
 */
export function turnBatchedStdout(): TurnBatchedStream {
  if (shared !== undefined) {
    return shared;
  }
  const out = pino.destination({ dest: 1, sync: true });
  let pending: string[] = [];
  let pendingBytes = 0;
  let scheduled = false;
  const flushNow = (): void => {
    if (pending.length > 0) {
      const batch = pending.join('');
      pending = [];
      pendingBytes = 0;
      out.write(batch);
    }
  };
  process.on('exit', flushNow);
  shared = {
    write(line: string): void {
      pending.push(line);
      pendingBytes += line.length;
      if (pendingBytes >= BATCH_BYTES) {
        flushNow();
      } else if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flushNow();
        });
      }
    },
    flushNow,
  };
  return shared;
}
