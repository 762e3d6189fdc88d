import type { MixedList } from 'typeorm';

/** The one ordered migration history, applied by `npm run cli -- migrate` and by the embedded server at start. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: MixedList<Function> = [];
