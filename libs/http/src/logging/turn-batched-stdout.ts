import pino, { type DestinationStream } from 'pino';

/** Lines of one turn beyond this go out at once rather than at the turn's end (below sonic-boom's 16 KiB write). */
const BATCH_BYTES = 8 * 1024;

let shared: DestinationStream | undefined;

/**
 * Standard output, written once per event-loop turn instead of once per line. A log line per
 * request was a write(2) per request: 10 % of a health probe's CPU in bench:profile, and on a pipe
 * (a container's stdout) every write also wakes the reader. The lines a turn produces go out together
 * when it ends (setImmediate), so no line waits for traffic; what is left at exit is written then.
 * One per process: every app in it shares fd 1.
 */
export function turnBatchedStdout(): DestinationStream {
  if (shared !== undefined) {
    return shared;
  }
  const out = pino.destination({ dest: 1, sync: true, minLength: BATCH_BYTES });
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    out.flush();
  };
  process.on('exit', () => {
    out.flushSync();
  });
  shared = {
    write(line: string): void {
      out.write(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
  };
  return shared;
}
