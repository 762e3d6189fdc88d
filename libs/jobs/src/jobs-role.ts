/** api: runs jobs when JOBS_MODE=inline; worker: always runs them; client: enqueues only (CLI). */
export type JobsRole = 'api' | 'worker' | 'client';

export const JOBS_ROLE = Symbol('JOBS_ROLE');
