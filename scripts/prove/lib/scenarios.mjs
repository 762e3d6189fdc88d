// The scenarios of `npm run prove`. Each returns { pass, result, ...figures } for one row of the table.
import { randomBytes, randomUUID } from 'node:crypto';

const API = '/api/v1';
const PASSWORD = 'prove the fault table 7';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A different client address per request: per-IP limits stay out of the way of the load itself. */
const clientIp = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const json = (body, headers = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-forwarded-for': clientIp(), ...headers },
  body: JSON.stringify(body),
});
const uniqueEmail = (label) => `${label}-${randomUUID()}@example.com`;
const statusList = (statuses) =>
  Object.entries(statuses)
    .map(([status, count]) => `${status === '0' ? 'no answer' : status}: ${count}`)
    .join(', ') || 'none';
const no500 = (statuses) => Object.keys(statuses).every((s) => s !== '500');

async function signUp(ctx, base = ctx.nginx.url) {
  const email = uniqueEmail('prove');
  const response = await ctx.send(`${base}${API}/auth/register`, json({ email, password: PASSWORD, name: 'Prove' }));
  if (response.status !== 201) {
    throw new Error(`sign-up failed: ${response.status} ${response.text.slice(0, 200)}`);
  }
  return { email, ...JSON.parse(response.text) };
}

const readLoad = (ctx, token, concurrency = 16, durationMs = 600_000) =>
  ctx.drive({
    concurrency,
    durationMs,
    next: () => ({ url: `${ctx.nginx.url}${API}/users/me`, init: { headers: { authorization: `Bearer ${token}` } } }),
  });

/** Polls an instance's readiness every 50 ms until it answers `status`; milliseconds taken. */
async function timeUntilReady(ctx, instance, status, timeoutMs = 30_000) {
  const started = performance.now();
  await ctx.waitUntil(
    async () => (await ctx.send(`${instance.url}/health/ready`, {}, 2_000)).status === status,
    timeoutMs,
    `readiness ${status}`,
  );
  return Math.round(performance.now() - started);
}

export const SCENARIOS = [
  {
    name: 'rolling-restart',
    async run(ctx) {
      const user = await signUp(ctx);
      const load = readLoad(ctx, user.accessToken);
      await sleep(2_000);
      const exits = [];
      for (const instance of ctx.instances) {
        exits.push(await instance.stop('SIGTERM'));
        await instance.start();
        await sleep(1_000);
      }
      const results = await load.stop();
      const s = ctx.summarise(results);
      const failed = results.filter((r) => r.status !== 200).length;
      return {
        pass: failed === 0 && exits.every((code) => code === 0),
        result: `${s.requests} requests while SIGTERM restarted each instance in turn: ${failed} failed (${statusList(s.statuses)}); exit codes ${exits.join('/')}`,
        requests: s.requests,
        failed,
        exits,
      };
    },
  },
  {
    name: 'kill-9',
    async run(ctx) {
      const user = await signUp(ctx);
      const concurrency = 16;
      const load = readLoad(ctx, user.accessToken, concurrency);
      await sleep(2_000);
      const victim = ctx.instances[1];
      victim.child.kill('SIGKILL');
      await victim.child.exited;
      await sleep(3_000);
      await victim.start();
      await sleep(2_000);
      const results = await load.stop();
      const s = ctx.summarise(results);
      const failed = results.filter((r) => r.status !== 200).length;
      return {
        // Only requests in flight on the killed instance may fail (and NGINX retries reads elsewhere).
        pass: failed <= concurrency,
        result: `${s.requests} requests, one instance SIGKILLed and restarted: ${failed} failed (bound: ${concurrency} in flight)`,
        requests: s.requests,
        failed,
      };
    },
  },
  {
    name: 'postgres-stopped',
    async run(ctx) {
      const acknowledged = [];
      const attempted = [];
      const load = ctx.drive({
        concurrency: 8,
        durationMs: 600_000,
        next: () => {
          const email = uniqueEmail('write');
          attempted.push(email);
          return {
            url: `${ctx.nginx.url}${API}/auth/register`,
            init: json({ email, password: PASSWORD, name: 'Writer' }),
            onAnswer: (answer) => answer.status === 201 && acknowledged.push(email),
          };
        },
      });
      await sleep(3_000);
      const stoppedAt = performance.now();
      await ctx.postgres.stop();
      const toReady503 = await timeUntilReady(ctx, ctx.instances[0], 503);
      await sleep(Math.max(0, 10_000 - (performance.now() - stoppedAt)));
      const restartedAt = performance.now();
      await ctx.postgres.start();
      await sleep(5_000);
      const results = await load.stop();
      const during = ctx.summarise(results, stoppedAt, restartedAt);
      const firstOk = results.filter((r) => r.at >= restartedAt && r.status === 201).map((r) => r.at + r.ms);
      const toFirst2xx = firstOk.length > 0 ? Math.round(Math.min(...firstOk) - restartedAt) : null;
      const present = Number(
        (await ctx.db.query('SELECT count(*) AS n FROM users WHERE email = ANY($1)', [acknowledged])).rows[0].n,
      );
      // A sign-up writes a user, a session and a verification token: any user missing one is half-applied.
      // One statement, so one snapshot; each such user is listed with what it lacks, to be explained.
      const { rows: signedUp } = await ctx.db.query(
        `SELECT u.email, u.created_at AS "createdAt",
                NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id) AS "noSession",
                NOT EXISTS (SELECT 1 FROM one_time_tokens t WHERE t.user_id = u.id AND t.purpose = 'email-verify')
                  AS "noVerificationToken"
         FROM users u WHERE u.email = ANY($1)`,
        [attempted],
      );
      const halfApplied = signedUp
        .filter((u) => u.noSession || u.noVerificationToken)
        .map((u) => ({ ...u, acknowledged: acknowledged.includes(u.email) }));
      return {
        pass:
          present === acknowledged.length && halfApplied.length === 0 && no500(during.statuses) && toFirst2xx !== null,
        result:
          `readiness 503 after ${toReady503} ms; during the 10 s: ${statusList(during.statuses)}; first 2xx ${toFirst2xx} ms after restart; ` +
          `acknowledged writes present ${present}/${acknowledged.length}, half-applied ${halfApplied.length}`,
        toReady503Ms: toReady503,
        statusesDuring: during.statuses,
        maxMsDuring: during.maxMs,
        toFirst2xxMs: toFirst2xx,
        acknowledged: acknowledged.length,
        present,
        halfApplied: halfApplied.length,
        ...(halfApplied.length > 0 ? { halfAppliedUsers: halfApplied } : {}),
      };
    },
  },
  {
    name: 'postgres-frozen',
    async run(ctx) {
      const user = await signUp(ctx);
      const load = readLoad(ctx, user.accessToken);
      await sleep(3_000);
      const frozenAt = performance.now();
      ctx.postgres.freeze();
      const toReady503 = await timeUntilReady(ctx, ctx.instances[0], 503);
      await sleep(Math.max(0, 10_000 - (performance.now() - frozenAt)));
      const resumedAt = performance.now();
      ctx.postgres.resume();
      await sleep(5_000);
      const results = await load.stop();
      const during = ctx.summarise(results, frozenAt, resumedAt);
      // Acquire (3 s) + statement timeout (5 s) + the client's 1 s margin, the defaults.
      const boundMs = 9_000;
      return {
        pass: during.maxMs <= boundMs + 1_000 && no500(during.statuses),
        result: `readiness 503 after ${toReady503} ms; during the 10 s: ${statusList(during.statuses)}; max latency ${during.maxMs} ms (timeouts bound ${boundMs} ms)`,
        toReady503Ms: toReady503,
        statusesDuring: during.statuses,
        maxMsDuring: during.maxMs,
        boundMs,
      };
    },
  },
  {
    name: 'redis-stopped',
    async run(ctx) {
      const user = await signUp(ctx);
      const target = await signUp(ctx);
      const window = 10_000;
      const load = readLoad(ctx, user.accessToken);
      await sleep(window);
      const stoppedAt = performance.now();
      await ctx.redis.stop();
      await sleep(window);
      const endAt = performance.now();
      // The strict limit (10 per account per minute) while Redis is down: 60 wrong passwords.
      const attempts = await Promise.all(
        Array.from({ length: 60 }, () =>
          ctx.send(`${ctx.nginx.url}${API}/auth/login`, json({ email: target.email, password: 'wrong password 123' })),
        ),
      );
      const ready = JSON.parse((await ctx.send(`${ctx.instances[0].url}/health/ready`)).text);
      await ctx.redis.start();
      const results = await load.stop();
      const before = ctx.summarise(results, 0, stoppedAt);
      const during = ctx.summarise(results, stoppedAt, endAt);
      const limited = attempts.filter((a) => a.status === 429).length;
      const ratio = Math.round((during.perSecond / Math.max(1, before.perSecond)) * 100) / 100;
      return {
        pass: ratio >= 0.5 && limited > 0 && during.failed === 0 && attempts.every((a) => a.status < 500),
        result:
          `${before.perSecond} req/s before, ${during.perSecond} during (ratio ${ratio}); p99 ${during.p99Ms} ms; failed ${during.failed}; ` +
          `60 wrong sign-ins for one account: ${limited} refused with 429; readiness "${ready.status}"`,
        perSecondBefore: before.perSecond,
        perSecondDuring: during.perSecond,
        ratio,
        limited429: limited,
        readiness: ready,
      };
    },
  },
  {
    name: 'cross-instance-revocation',
    async run(ctx) {
      const [a, b] = ctx.instances;
      const rounds = 30;
      let refused = 0;
      const logoutsFailed = [];
      for (let i = 0; i < rounds; i += 1) {
        const user = await signUp(ctx, a.url);
        const me = () =>
          ctx.send(`${b.url}${API}/users/me`, { headers: { authorization: `Bearer ${user.accessToken}` } });
        await me();
        await me();
        const logout = await ctx.send(`${a.url}${API}/auth/logout`, {
          method: 'POST',
          headers: { authorization: `Bearer ${user.accessToken}` },
        });
        // A logout that did not answer 204 ended nothing: counted apart, so a miss is a revocation's.
        if (logout.status !== 204) {
          logoutsFailed.push(logout.status);
        } else if ((await me()).status === 401) {
          refused += 1;
        }
      }
      const loggedOut = rounds - logoutsFailed.length;
      return {
        pass: refused === rounds,
        result: `a session logged out on instance 1 and refused on instance 2 at once: ${refused}/${loggedOut}${
          logoutsFailed.length > 0 ? `; ${logoutsFailed.length} logouts failed (${logoutsFailed.join(', ')})` : ''
        }`,
        refused,
        rounds,
        logoutsFailed: logoutsFailed.length,
      };
    },
  },
  {
    name: 'soak',
    async run(ctx) {
      const user = await signUp(ctx);
      const rss = ctx.instances.map((i) => ({ start: i.rssMiB(), peak: i.rssMiB(), end: 0 }));
      const sampler = setInterval(() => {
        ctx.instances.forEach((instance, index) => {
          rss[index].peak = Math.max(rss[index].peak, instance.rssMiB());
        });
      }, 2_000);
      const load = ctx.drive({
        concurrency: 16,
        durationMs: ctx.soakSeconds * 1_000,
        next: (_worker, i) =>
          i % 20 === 19
            ? {
                url: `${ctx.nginx.url}${API}/auth/register`,
                init: json({ email: uniqueEmail('soak'), password: PASSWORD, name: 'Soak' }),
              }
            : {
                url: `${ctx.nginx.url}${API}/users/me`,
                init: { headers: { authorization: `Bearer ${user.accessToken}` } },
              },
      });
      const results = await load.done;
      clearInterval(sampler);
      ctx.instances.forEach((instance, index) => {
        rss[index].end = instance.rssMiB();
      });
      const s = ctx.summarise(results);
      const errors = results.filter((r) => r.status === 0 || r.status >= 500).length;
      const fmt = rss.map((r) => `${r.start}/${r.peak}/${r.end}`).join(', ');
      return {
        pass: errors === 0,
        result: `${ctx.soakSeconds} s, ${s.requests} requests (${s.perSecond}/s, 5 % sign-ups): ${errors} errors, p99 ${s.p99Ms} ms; RSS MiB start/peak/end per instance ${fmt}`,
        requests: s.requests,
        errors,
        rss,
      };
    },
  },
];
