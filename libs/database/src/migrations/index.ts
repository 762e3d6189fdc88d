import { Users1763700000000 } from './1763700000000-Users.js';
import { AuthSessions1763700100000 } from './1763700100000-AuthSessions.js';

/**
 * The one ordered migration history, applied by `npm run cli -- migrate` and by the embedded
 * server at start. Append new migrations at the end; never edit one that has shipped.
 */
export const migrations = [Users1763700000000, AuthSessions1763700100000];
