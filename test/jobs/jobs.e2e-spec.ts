import { IsInt, Min } from 'class-validator';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { registerUser, uniqueEmail } from '../support/accounts.js';
import { UNTHROTTLED } from '../support/throttling.js';
import { databaseTargets, sql } from '../support/databases.js';
import { builtDatabaseLib, builtJobsLib } from '../support/built.js';
import { freePort } from '../support/api-process.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';

class CounterPayload {
  @IsInt()
  @Min(0)
  n!: number;
}

interface JobRow {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  data: Record<string, unknown>;
  source_name: string | null;
}

describe.each(databaseTargets())('Jobs on $name', (target) => {
  let t: TestApp;
  let smtpPort: number;
  const jobsOf = (name: string, to?: string) =>
    sql<JobRow>(
      t.databaseUrl,
      `SELECT id, name, state::text AS state, retry_count, data, source_name FROM pgboss.job
        WHERE name = $1 AND ($2::text IS NULL OR data->>'to' = $2) ORDER BY created_on`,
      [name, to ?? null],
    );

  const auditedDeadLetters = (userId: string) =>
    sql<{ actor_id: string | null; target_type: string; changes: Record<string, { to: unknown }> }>(
      t.databaseUrl,
      `SELECT actor_id, target_type, changes FROM audit_events WHERE action = 'mail.dead-lettered' AND target_id = $1`,
      [userId],
    );

  beforeAll(async () => {
    // Nothing listens here yet: the SMTP server is "down" until a test starts one on this port.
    smtpPort = await freePort();
    t = await startTestApp(target, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, ...UNTHROTTLED });
  });
  afterAll(() => t.close());

  describe('enqueue joins the caller transaction (outbox)', () => {
    it('a rolled-back transaction enqueues nothing; a committed one enqueues exactly once', async () => {
      const { JobQueue, defineJob, InvalidJobPayloadError } = await builtJobsLib();
      const { TransactionRunner } = await builtDatabaseLib();
      const queue = t.app.get(JobQueue);
      const transactions = t.app.get(TransactionRunner);
      const job = defineJob({
        name: `test.outbox-${target.name}`,
        payload: CounterPayload,
        retryLimit: 0,
        retryDelaySeconds: 1,
        backoff: false,
        timeoutSeconds: 10,
      });

      await expect(
        transactions.run(async (tx) => {
          await queue.enqueue(job, { n: 1 }, { tx });
          throw new Error('rolled back on purpose');
        }),
      ).rejects.toThrow('rolled back on purpose');
      expect(await jobsOf(job.name)).toEqual([]);

      let visibleBeforeCommit = -1;
      await transactions.run(async (tx) => {
        await queue.enqueue(job, { n: 2 }, { tx });
        visibleBeforeCommit = (await jobsOf(job.name)).length;
      });
      expect(visibleBeforeCommit).toBe(0);
      const stored = await jobsOf(job.name);
      expect(stored.map((row) => row.data)).toEqual([{ n: 2 }]);

      // The payload is checked against its class before anything is stored.
      await expect(queue.enqueue(job, { n: -1 })).rejects.toBeInstanceOf(InvalidJobPayloadError);
      await expect(queue.enqueue(job, { n: 3, extra: true } as never)).rejects.toThrow(/extra/);
      expect(await jobsOf(job.name)).toHaveLength(1);
    });

    it('a sign-up whose transaction fails leaves neither token nor mail job behind', async () => {
      const email = uniqueEmail('dup');
      await registerUser(t.http, { email });
      const before = (await jobsOf('mail.send', email)).length;
      const again = await t.http.post('/api/v1/auth/register', {
        body: { email, password: 'another fine passphrase 9', name: 'Dup' },
      });
      expect(again.status).toBe(409);
      expect(await jobsOf('mail.send', email)).toHaveLength(before);
      expect(before).toBe(1);
    });
  });

  describe('mail', () => {
    let sink: SmtpSink | undefined;
    afterEach(async () => {
      await sink?.close();
      sink = undefined;
    });

    it('a mail whose SMTP server is down at first arrives once it comes back, exactly once', async () => {
      const user = await registerUser(t.http);
      // At least one attempt failed against the closed port and the job is waiting to retry.
      await until(async () => {
        const [job] = await jobsOf('mail.send', user.email);
        return job && job.retry_count >= 1 ? job : undefined;
      }, 'a failed first attempt');

      sink = await startSmtpSink({ port: smtpPort });
      const mail = await sink.waitFor((m) => m.to.includes(user.email), 20_000);
      expect(mail.subject).toBe('Confirm your email address');
      const [job] = await until(async () => {
        const rows = await jobsOf('mail.send', user.email);
        return rows[0]?.state === 'completed' ? rows : undefined;
      }, 'the job to complete');
      expect(mail.messageId).toBe(`<${job!.id}@groundwork.mail>`);
      expect(sink.messages.filter((m) => m.to.includes(user.email))).toHaveLength(1);
    });

    it('after its last attempt a mail is dead-lettered with an audit event, and jobs:retry --dead sends it', async () => {
      const seen: { userId?: string; template: string }[] = [];
      t.app
        .get(EventEmitter2)
        .on('mail.dead-lettered', (event: { userId?: string; template: string }) => seen.push(event));
      sink = await startSmtpSink({ port: smtpPort, failFirst: Infinity });
      const user = await registerUser(t.http);
      const [first] = await until(async () => {
        const rows = await jobsOf('mail.send', user.email);
        return rows[0] && rows[0].retry_count >= 1 ? rows : undefined;
      }, 'a rejected first attempt');
      // Make the next attempt the last one, and due now, rather than waiting out eight backoffs.
      await sql(t.databaseUrl, `UPDATE pgboss.job SET retry_limit = retry_count, start_after = now() WHERE id = $1`, [
        first!.id,
      ]);

      const [dead] = await until(async () => {
        const rows = await jobsOf('jobs.dead-letter', user.email);
        return rows.length > 0 ? rows : undefined;
      }, 'the dead letter');
      expect(dead!.source_name).toBe('mail.send');
      expect(dead!.state).toBe('created');
      await until(() => Promise.resolve(seen.length > 0 ? seen : undefined), 'the dead-letter event');
      expect(seen).toEqual([expect.objectContaining({ userId: user.userId, template: 'email-verification' })]);
      expect(sink.messages.filter((m) => m.to.includes(user.email))).toHaveLength(0);
      // The durable audit trail, on the account the mail was for: no operator (a job) did it.
      expect(await auditedDeadLetters(user.userId)).toEqual([
        {
          actor_id: null,
          target_type: 'user',
          changes: {
            mail: { to: 'email-verification' },
            recipientDomain: { to: 'example.com' },
            attempts: { to: expect.any(Number) as unknown },
            error: { to: expect.stringContaining('email-verification') as unknown },
          },
        },
      ]);

      await sink.close();
      sink = await startSmtpSink({ port: smtpPort });
      const { JobsAdmin } = await builtJobsLib();
      const admin = t.app.get(JobsAdmin);
      const status = await admin.status();
      expect(status.find((queue) => queue.queue === 'jobs.dead-letter')?.counts.created).toBeGreaterThanOrEqual(1);
      expect((await admin.retryDead()).retried).toBeGreaterThanOrEqual(1);
      await sink.waitFor((m) => m.to.includes(user.email), 20_000);
    });

    it('a mail whose last attempt times out is dead-lettered by pg-boss and audited all the same', async () => {
      const user = await registerUser(t.http);
      const [first] = await until(async () => {
        const rows = await jobsOf('mail.send', user.email);
        return rows[0] && rows[0].retry_count >= 1 ? rows : undefined;
      }, 'a failed first attempt');
      // The SMTP server now takes the mail and never answers: the last attempt outlives its 2 s timeout.
      sink = await startSmtpSink({ port: smtpPort, holdFirst: Infinity });
      await sql(
        t.databaseUrl,
        `UPDATE pgboss.job SET retry_limit = retry_count, start_after = now(), expire_seconds = 2 WHERE id = $1`,
        [first!.id],
      );

      const [dead] = await until(async () => {
        const rows = await jobsOf('jobs.dead-letter', user.email);
        return rows.length > 0 ? rows : undefined;
      }, 'the dead letter');
      expect(dead!.source_name).toBe('mail.send');
      expect(sink.held).toBeGreaterThanOrEqual(1);
      const [audited] = await until(async () => {
        const rows = await auditedDeadLetters(user.userId);
        return rows.length > 0 ? rows : undefined;
      }, 'the audit row');
      expect(audited!.changes.error!.to).toMatch(/aborted/i);
    });
  });
});
